import { createStore } from 'zustand/vanilla';

/**
 * 'auto' draws terminals with WebGL on a real GPU (the DOM renderer otherwise, or when WebGL
 * fails); 'dom' never loads WebGL.
 */
export type TerminalRendererSetting = 'auto' | 'dom';

/** Where the terminal renderer choice is kept, per browser profile. */
export const TERMINAL_RENDERER_KEY = 'warroom.terminal.renderer';

/** The part of Web Storage the settings use; localStorage in the page, a fake in tests. */
export interface SettingsStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** The user's settings, read from storage at start and written back on each change. */
export interface SettingsState {
  terminalRenderer: TerminalRendererSetting;
  setTerminalRenderer(renderer: TerminalRendererSetting): void;
}

export type SettingsStore = ReturnType<typeof createSettingsStore>;

export function createSettingsStore(storage: SettingsStorage | null) {
  return createStore<SettingsState>()((set) => ({
    terminalRenderer: readRenderer(storage),
    setTerminalRenderer: (terminalRenderer) => {
      set({ terminalRenderer });
      try {
        storage?.setItem(TERMINAL_RENDERER_KEY, terminalRenderer);
      } catch {
        // Storage full or blocked: the choice holds for this session only.
      }
    },
  }));
}

function readRenderer(storage: SettingsStorage | null): TerminalRendererSetting {
  try {
    return storage?.getItem(TERMINAL_RENDERER_KEY) === 'dom' ? 'dom' : 'auto';
  } catch {
    return 'auto';
  }
}

export const selectTerminalRenderer = (state: SettingsState): TerminalRendererSetting =>
  state.terminalRenderer;
