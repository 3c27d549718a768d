import { createStore } from 'zustand/vanilla';
import type { MethodResult } from '../../../shared/api';
import type { TranscriptSummary } from '../../../shared/journalTypes';
import { failureMessage, type JournalAccess } from './journalAccess';

export type OpenedTranscript = MethodResult<'journal.transcript'>;

/** The command transcripts of the day on screen, narrowed by a search, and the one opened. */
export interface TranscriptsState {
  dayId: number | null;
  search: string;
  list: readonly TranscriptSummary[];
  openId: number | null;
  opened: OpenedTranscript | null;
  error: string | null;
  showDay(dayId: number | null): void;
  setSearch(search: string): void;
  refresh(): Promise<void>;
  open(id: number): Promise<void>;
  close(): void;
  dismissError(): void;
}

export type TranscriptsStore = ReturnType<typeof createTranscriptsStore>;

export function createTranscriptsStore({ api }: JournalAccess) {
  return createStore<TranscriptsState>()((set, get) => {
    const loadOpened = async (id: number) => {
      try {
        const opened = await api.journal.transcript({ id });
        if (get().openId === id) set({ opened });
      } catch (error) {
        if (get().openId === id) set({ error: failureMessage(`open transcript #${id}`, error) });
      }
    };
    const loadList = async () => {
      const { dayId, search } = get();
      if (dayId === null) return;
      const trimmed = search.trim();
      try {
        const list = await api.journal.transcripts(trimmed ? { dayId, search: trimmed } : { dayId });
        if (get().dayId === dayId && get().search === search) set({ list });
      } catch (error) {
        if (get().dayId === dayId) set({ error: failureMessage('load the transcripts', error) });
      }
    };

    return {
      dayId: null,
      search: '',
      list: [],
      openId: null,
      opened: null,
      error: null,
      showDay: (dayId) => {
        if (dayId === get().dayId) return;
        set({ dayId, list: [], openId: null, opened: null, error: null });
        void loadList();
      },
      setSearch: (search) => {
        if (search === get().search) return;
        set({ search });
        void loadList();
      },
      refresh: async () => {
        const { openId, opened } = get();
        // A finished command's transcript no longer changes.
        const stillRunning = openId !== null && opened?.summary.finishedAt == null;
        await Promise.all([loadList(), stillRunning ? loadOpened(openId) : null]);
      },
      open: async (id) => {
        set({ openId: id, opened: null });
        await loadOpened(id);
      },
      close: () => set({ openId: null, opened: null }),
      dismissError: () => set({ error: null }),
    };
  });
}

export const selectTranscriptList = (state: TranscriptsState): readonly TranscriptSummary[] => state.list;
export const selectOpenedTranscript = (state: TranscriptsState): OpenedTranscript | null => state.opened;
export const selectTranscriptSearch = (state: TranscriptsState): string => state.search;
