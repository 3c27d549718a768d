import { createStore } from 'zustand/vanilla';

/** A notice shown in the console, where the system's notifications are refused or missing. */
export interface Toast {
  id: number;
  title: string;
  body: string;
  /** When it was raised (ms since the epoch). */
  at: number;
}

/** A wall screen shows only the latest few; older ones are in the journal anyway. */
export const MAX_TOASTS = 4;

export interface ToastState {
  toasts: readonly Toast[];
  push(title: string, body: string): void;
  dismiss(id: number): void;
}

export type ToastStore = ReturnType<typeof createToastStore>;

export function createToastStore(now: () => number = Date.now) {
  let nextId = 1;
  return createStore<ToastState>()((set, get) => ({
    toasts: [],
    push: (title, body) =>
      set({ toasts: [...get().toasts, { id: nextId++, title, body, at: now() }].slice(-MAX_TOASTS) }),
    dismiss: (id) => set({ toasts: get().toasts.filter((toast) => toast.id !== id) }),
  }));
}
