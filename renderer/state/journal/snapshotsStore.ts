import { createStore } from 'zustand/vanilla';
import type { MethodResult } from '../../../shared/api';
import type { SnapshotSummary } from '../../../shared/journalTypes';
import { failureMessage, type JournalAccess, readOnlyMessage } from './journalAccess';

export type OpenedSnapshot = MethodResult<'journal.snapshot'>;

/** The snapshots of the day on screen, and the one opened to look at. */
export interface SnapshotsState {
  dayId: number | null;
  list: readonly SnapshotSummary[];
  openId: number | null;
  opened: OpenedSnapshot | null;
  busy: boolean;
  error: string | null;
  showDay(dayId: number | null): void;
  refresh(): Promise<void>;
  open(id: number): Promise<void>;
  close(): void;
  take(label: string): Promise<boolean>;
  dismissError(): void;
}

export type SnapshotsStore = ReturnType<typeof createSnapshotsStore>;

export function createSnapshotsStore({ api, canOperate }: JournalAccess) {
  return createStore<SnapshotsState>()((set, get) => ({
    dayId: null,
    list: [],
    openId: null,
    opened: null,
    busy: false,
    error: null,
    showDay: (dayId) => {
      if (dayId === get().dayId) return;
      set({ dayId, list: [], error: null });
      void get().refresh();
    },
    refresh: async () => {
      const dayId = get().dayId;
      if (dayId === null) return;
      try {
        const list = await api.journal.snapshots({ dayId });
        if (get().dayId === dayId) set({ list });
      } catch (error) {
        if (get().dayId === dayId) set({ error: failureMessage('load the snapshots', error) });
      }
    },
    open: async (id) => {
      set({ openId: id, opened: null });
      try {
        const opened = await api.journal.snapshot({ id });
        if (get().openId === id) set({ opened });
      } catch (error) {
        if (get().openId === id) set({ openId: null, error: failureMessage(`open snapshot #${id}`, error) });
      }
    },
    close: () => set({ openId: null, opened: null }),
    take: async (label) => {
      if (!canOperate()) {
        set({ error: readOnlyMessage('take a snapshot') });
        return false;
      }
      set({ busy: true });
      try {
        await api.journal.takeSnapshot({ label });
        set({ busy: false, error: null });
        await get().refresh();
        return true;
      } catch (error) {
        set({ busy: false, error: failureMessage('take a snapshot', error) });
        return false;
      }
    },
    dismissError: () => set({ error: null }),
  }));
}

export const selectSnapshotList = (state: SnapshotsState): readonly SnapshotSummary[] => state.list;
export const selectOpenedSnapshot = (state: SnapshotsState): OpenedSnapshot | null => state.opened;
export const selectSnapshotOpenId = (state: SnapshotsState): number | null => state.openId;
