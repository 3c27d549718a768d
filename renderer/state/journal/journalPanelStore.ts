import { createStore } from 'zustand/vanilla';

/** What the journal's side panel shows beside the timeline. */
export type JournalPanelTab = 'issues' | 'snapshots' | 'transcripts';

export interface JournalPanelState {
  tab: JournalPanelTab;
  show(tab: JournalPanelTab): void;
}

export type JournalPanelStore = ReturnType<typeof createJournalPanelStore>;

export function createJournalPanelStore() {
  return createStore<JournalPanelState>()((set) => ({
    tab: 'issues',
    show: (tab) => set({ tab }),
  }));
}

export const selectPanelTab = (state: JournalPanelState): JournalPanelTab => state.tab;
