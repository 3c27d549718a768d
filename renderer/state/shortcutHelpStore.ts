import { createStore } from 'zustand/vanilla';

/** Whether the keyboard shortcut overlay is showing. */
export interface ShortcutHelpState {
  open: boolean;
  show(): void;
  hide(): void;
  toggle(): void;
}

export type ShortcutHelpStore = ReturnType<typeof createShortcutHelpStore>;

export function createShortcutHelpStore() {
  return createStore<ShortcutHelpState>()((set) => ({
    open: false,
    show: () => set({ open: true }),
    hide: () => set({ open: false }),
    toggle: () => set((state) => ({ open: !state.open })),
  }));
}

export const selectHelpOpen = (state: ShortcutHelpState): boolean => state.open;
