import { createStore } from 'zustand/vanilla';

/**
 * 'auto' draws terminals with WebGL on a real GPU (the DOM renderer otherwise, or when WebGL
 * fails); 'dom' never loads WebGL.
 */
export type TerminalRendererSetting = 'auto' | 'dom';

/** Where the terminal renderer choice is kept, per browser profile. */
export const TERMINAL_RENDERER_KEY = 'warroom.terminal.renderer';

/** Where the dashboard panels whose breach notifications are muted are kept, as a JSON list of ids. */
export const MUTED_PANELS_KEY = 'warroom.dashboard.mutedPanels';

/** The part of Web Storage the settings use; localStorage in the page, a fake in tests. */
export interface SettingsStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** The user's settings, read from storage at start and written back on each change. */
export interface SettingsState {
  terminalRenderer: TerminalRendererSetting;
  setTerminalRenderer(renderer: TerminalRendererSetting): void;
  /** Dashboard panels that raise no notification when they breach. */
  mutedPanels: readonly string[];
  togglePanelMuted(panelId: string): void;
}

export type SettingsStore = ReturnType<typeof createSettingsStore>;

export function createSettingsStore(storage: SettingsStorage | null) {
  const save = (key: string, value: string) => {
    try {
      storage?.setItem(key, value);
    } catch {
      // Storage full or blocked: the choice holds for this session only.
    }
  };
  return createStore<SettingsState>()((set, get) => ({
    terminalRenderer: readRenderer(storage),
    setTerminalRenderer: (terminalRenderer) => {
      set({ terminalRenderer });
      save(TERMINAL_RENDERER_KEY, terminalRenderer);
    },
    mutedPanels: readMutedPanels(storage),
    togglePanelMuted: (panelId) => {
      const muted = get().mutedPanels;
      const mutedPanels = muted.includes(panelId)
        ? muted.filter((id) => id !== panelId)
        : [...muted, panelId];
      set({ mutedPanels });
      save(MUTED_PANELS_KEY, JSON.stringify(mutedPanels));
    },
  }));
}

function readMutedPanels(storage: SettingsStorage | null): string[] {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(MUTED_PANELS_KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
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

export const selectMutedPanels = (state: SettingsState): readonly string[] => state.mutedPanels;
