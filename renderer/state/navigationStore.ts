import { createStore } from 'zustand/vanilla';
import type { ViewId } from '../views/viewCatalog';

/** Which view fills the window. */
export interface NavigationState {
  view: ViewId;
  show(view: ViewId): void;
}

export type NavigationStore = ReturnType<typeof createNavigationStore>;

export function createNavigationStore(initial: ViewId = 'dashboard') {
  return createStore<NavigationState>()((set) => ({
    view: initial,
    show: (view) => set({ view }),
  }));
}

export const selectView = (state: NavigationState): ViewId => state.view;
export const selectIsTerminalsView = (state: NavigationState): boolean => state.view === 'terminals';
