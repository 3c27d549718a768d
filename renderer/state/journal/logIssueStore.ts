import { createStore } from 'zustand/vanilla';
import type { MethodParams } from '../../../shared/api';
import type { IssueSummary } from '../../../shared/journalTypes';
import { failureMessage, type JournalAccess, readOnlyMessage } from './journalAccess';

/** The quick "Log issue" dialog, opened by its shortcut from anywhere. */
export interface LogIssueState {
  open: boolean;
  busy: boolean;
  error: string | null;
  /** The issue logged last, for the confirmation. */
  lastLogged: IssueSummary | null;
  show(): void;
  hide(): void;
  /** Logs the issue and closes the dialog; on failure it stays open with the reason. */
  submit(params: MethodParams<'journal.logIssue'>): Promise<boolean>;
}

export type LogIssueStore = ReturnType<typeof createLogIssueStore>;

export function createLogIssueStore({ api, canOperate }: JournalAccess) {
  return createStore<LogIssueState>()((set, get) => ({
    open: false,
    busy: false,
    error: null,
    lastLogged: null,
    show: () => {
      if (!get().open) set({ open: true, error: null });
    },
    hide: () => set({ open: false, busy: false, error: null }),
    submit: async (params) => {
      if (!canOperate()) {
        set({ error: readOnlyMessage('log the issue') });
        return false;
      }
      set({ busy: true, error: null });
      try {
        const issue = await api.journal.logIssue(params);
        set({ open: false, busy: false, lastLogged: issue });
        return true;
      } catch (error) {
        set({ busy: false, error: failureMessage('log the issue', error) });
        return false;
      }
    },
  }));
}

export const selectLogIssueOpen = (state: LogIssueState): boolean => state.open;
