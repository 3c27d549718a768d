import { createStore } from 'zustand/vanilla';
import type { MethodParams } from '../../../shared/api';
import type { IssueDetail, IssueSummary } from '../../../shared/journalTypes';
import { failureMessage, type JournalAccess, readOnlyMessage } from './journalAccess';

/** The issues of the day on screen, and the one opened in detail. */
export interface IssuesState {
  dayId: number | null;
  list: readonly IssueSummary[];
  openId: number | null;
  detail: IssueDetail | null;
  busy: boolean;
  error: string | null;
  showDay(dayId: number | null): void;
  /** Fetches the list, and the opened issue, again. */
  refresh(): Promise<void>;
  open(id: number): Promise<void>;
  close(): void;
  update(params: MethodParams<'journal.updateIssue'>): Promise<boolean>;
  addActionItem(params: MethodParams<'journal.addActionItem'>): Promise<boolean>;
  dismissError(): void;
}

export type IssuesStore = ReturnType<typeof createIssuesStore>;

export function createIssuesStore({ api, canOperate }: JournalAccess) {
  return createStore<IssuesState>()((set, get) => {
    const loadList = async () => {
      const dayId = get().dayId;
      if (dayId === null) return;
      try {
        const list = await api.journal.issues({ dayId });
        if (get().dayId === dayId) set({ list });
      } catch (error) {
        if (get().dayId === dayId) set({ error: failureMessage('load the issues', error) });
      }
    };
    const loadDetail = async (id: number) => {
      try {
        const detail = await api.journal.issue({ id });
        if (get().openId === id) set({ detail });
      } catch (error) {
        if (get().openId === id) set({ error: failureMessage(`load issue #${id}`, error) });
      }
    };
    const write = async (attempt: string, call: () => Promise<unknown>): Promise<boolean> => {
      if (!canOperate()) {
        set({ error: readOnlyMessage(attempt) });
        return false;
      }
      set({ busy: true });
      try {
        await call();
        set({ busy: false, error: null });
        await get().refresh();
        return true;
      } catch (error) {
        set({ busy: false, error: failureMessage(attempt, error) });
        return false;
      }
    };

    return {
      dayId: null,
      list: [],
      openId: null,
      detail: null,
      busy: false,
      error: null,
      showDay: (dayId) => {
        if (dayId === get().dayId) return;
        set({ dayId, list: [], openId: null, detail: null, error: null });
        void loadList();
      },
      refresh: async () => {
        const { openId } = get();
        await Promise.all([loadList(), openId === null ? null : loadDetail(openId)]);
      },
      open: async (id) => {
        set({ openId: id, detail: get().detail?.id === id ? get().detail : null });
        await loadDetail(id);
      },
      close: () => set({ openId: null, detail: null }),
      update: (params) => write(`update issue #${params.id}`, () => api.journal.updateIssue(params)),
      addActionItem: (params) =>
        write(`add an action item to issue #${params.issueId}`, () => api.journal.addActionItem(params)),
      dismissError: () => set({ error: null }),
    };
  });
}

export const selectIssueList = (state: IssuesState): readonly IssueSummary[] => state.list;
export const selectOpenIssue = (state: IssuesState): IssueDetail | null => state.detail;
export const selectOpenIssueId = (state: IssuesState): number | null => state.openId;
