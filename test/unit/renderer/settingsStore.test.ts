import { describe, expect, it } from 'vitest';
import {
  createSettingsStore,
  type SettingsStorage,
  TERMINAL_RENDERER_KEY,
} from '../../../renderer/state/settingsStore';

function memoryStorage(
  initial: Record<string, string> = {},
): SettingsStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
  };
}

describe('settings store', () => {
  it('uses WebGL (auto) when nothing was chosen', () => {
    expect(createSettingsStore(memoryStorage()).getState().terminalRenderer).toBe('auto');
  });

  it('remembers the DOM renderer across restarts', () => {
    const storage = memoryStorage();
    createSettingsStore(storage).getState().setTerminalRenderer('dom');
    expect(storage.data.get(TERMINAL_RENDERER_KEY)).toBe('dom');
    expect(createSettingsStore(storage).getState().terminalRenderer).toBe('dom');
  });

  it('stores under warroom.terminal.renderer', () => {
    expect(TERMINAL_RENDERER_KEY).toBe('warroom.terminal.renderer');
  });

  it('falls back to auto for a value it does not know', () => {
    const storage = memoryStorage({ [TERMINAL_RENDERER_KEY]: 'canvas' });
    expect(createSettingsStore(storage).getState().terminalRenderer).toBe('auto');
  });

  it('still works when storage is blocked', () => {
    const blocked: SettingsStorage = {
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('blocked');
      },
    };
    const store = createSettingsStore(blocked);
    expect(store.getState().terminalRenderer).toBe('auto');
    store.getState().setTerminalRenderer('dom');
    expect(store.getState().terminalRenderer).toBe('dom');
    expect(createSettingsStore(null).getState().terminalRenderer).toBe('auto');
  });
});
