import { createStore } from 'zustand/vanilla';
import { journalTextSchema } from '../../../shared/journalTypes';
import { type ReportAccess, reportFailureMessage, reportReadOnlyMessage } from './reportAccess';

/** The override dialog: which criterion it overrides, and the host's answer. */
export interface ReportOverrideState {
  /** The criterion's name, as the override names it; null while the dialog is closed. */
  criterion: string | null;
  busy: boolean;
  error: string | null;
  open(criterion: string): void;
  close(): void;
  /** Records the override with its reason and closes the dialog; on failure it stays open with why. */
  submit(reason: string): Promise<boolean>;
}

export type ReportOverrideStore = ReturnType<typeof createReportOverrideStore>;

/** The most a reason may hold: the journal's limit on any text, which the host enforces too. */
export const OVERRIDE_REASON_MAX_CHARS = journalTextSchema.maxLength ?? Number.POSITIVE_INFINITY;

/** Why a reason would be refused (the journal's own limits: trimmed, not empty, not too long); null when fine. */
export function overrideReasonProblem(reason: string): string | null {
  if (journalTextSchema.safeParse(reason).success) return null;
  const length = reason.trim().length;
  return length === 0
    ? 'Say why the criterion is overridden: the reason goes in the report.'
    : `The reason is too long: ${length} characters, at most ${OVERRIDE_REASON_MAX_CHARS}.`;
}

export function createReportOverrideStore({ api, canOperate }: ReportAccess, onRecorded: () => void) {
  return createStore<ReportOverrideState>()((set, get) => ({
    criterion: null,
    busy: false,
    error: null,
    open: (criterion) => set({ criterion, busy: false, error: null }),
    close: () => set({ criterion: null, busy: false, error: null }),
    submit: async (reason) => {
      const criterion = get().criterion;
      if (criterion === null || get().busy) return false;
      const attempt = `override “${criterion}”`;
      if (!canOperate()) {
        set({ error: reportReadOnlyMessage(attempt) });
        return false;
      }
      const problem = overrideReasonProblem(reason);
      if (problem) {
        set({ error: problem });
        return false;
      }
      set({ busy: true, error: null });
      try {
        await api.journal.overrideCriterion({ criterion, reason: reason.trim() });
        set({ criterion: null, busy: false });
        onRecorded();
        return true;
      } catch (error) {
        set({ busy: false, error: reportFailureMessage(attempt, error) });
        return false;
      }
    },
  }));
}
