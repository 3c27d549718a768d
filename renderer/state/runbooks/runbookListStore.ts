import { createStore } from 'zustand/vanilla';
import type { RunbookSummary } from '../../../shared/runbookRunTypes';
import { groupRunbooks, stepThrough, visibleOrder } from './runbookGrouping';
import { type RunbooksAccess, runbookFailureMessage } from './runbooksAccess';

/** The workspace's runbooks as the host last listed them, the filter typed, and the row highlighted. */
export interface RunbookListState {
  /** null until the first answer. */
  summaries: readonly RunbookSummary[] | null;
  filter: string;
  /** The row the arrow keys are on; Enter opens it. */
  highlightedId: string | null;
  error: string | null;
  /** Takes a whole list the host sent (an answer or a runbooks.changed). */
  apply(summaries: readonly RunbookSummary[]): void;
  refresh(): Promise<void>;
  setFilter(filter: string): void;
  highlight(id: string | null): void;
  /** Moves the highlight one visible row down (1) or up (-1). */
  moveHighlight(delta: 1 | -1): void;
  dismissError(): void;
}

export type RunbookListStore = ReturnType<typeof createRunbookListStore>;

export function createRunbookListStore({ api }: RunbooksAccess) {
  return createStore<RunbookListState>()((set, get) => ({
    summaries: null,
    filter: '',
    highlightedId: null,
    error: null,
    apply: (summaries) => set({ summaries }),
    refresh: async () => {
      try {
        set({ summaries: await api.runbooks.list({}), error: null });
      } catch (error) {
        set({ error: runbookFailureMessage('load the runbooks', error) });
      }
    },
    setFilter: (filter) => {
      set({ filter });
      const order = visibleOrder(groupRunbooks(get().summaries ?? [], filter));
      const { highlightedId } = get();
      if (highlightedId !== null && !order.includes(highlightedId)) set({ highlightedId: order[0] ?? null });
    },
    highlight: (highlightedId) => set({ highlightedId }),
    moveHighlight: (delta) => {
      const { summaries, filter, highlightedId } = get();
      set({
        highlightedId: stepThrough(
          visibleOrder(groupRunbooks(summaries ?? [], filter)),
          highlightedId,
          delta,
        ),
      });
    },
    dismissError: () => set({ error: null }),
  }));
}

export const selectSummaries = (state: RunbookListState): readonly RunbookSummary[] | null => state.summaries;
export const selectFilter = (state: RunbookListState): string => state.filter;
export const selectHighlightedId = (state: RunbookListState): string | null => state.highlightedId;
