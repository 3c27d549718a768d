import { createStore } from 'zustand/vanilla';

/** The find bar over the active terminal; the query survives closing and reopening it. */
export interface FindBarState {
  open: boolean;
  query: string;
  /** Grows on each request to find, so an open bar takes the focus back too. */
  focusRequests: number;
  show(): void;
  hide(): void;
  setQuery(query: string): void;
}

export type FindBarStore = ReturnType<typeof createFindBarStore>;

export function createFindBarStore() {
  return createStore<FindBarState>()((set) => ({
    open: false,
    query: '',
    focusRequests: 0,
    show: () => set((state) => ({ open: true, focusRequests: state.focusRequests + 1 })),
    hide: () => set({ open: false }),
    setQuery: (query) => set({ query }),
  }));
}

export const selectFindOpen = (state: FindBarState): boolean => state.open;
export const selectFindQuery = (state: FindBarState): string => state.query;
export const selectFindFocusRequests = (state: FindBarState): number => state.focusRequests;
