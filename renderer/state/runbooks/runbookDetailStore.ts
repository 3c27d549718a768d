import { createStore } from 'zustand/vanilla';
import type { CheckState, RunbookDetail } from '../../../shared/runbookRunTypes';
import { type RunbooksAccess, readOnlyMessage, runbookFailureMessage } from './runbooksAccess';

/** The runbook opened in the view: its parsed document, problems, the day's ticks and its history. */
export interface RunbookDetailState {
  openId: string | null;
  /** null while the first answer for `openId` is awaited. */
  detail: RunbookDetail | null;
  /** The check whose tick waits for the host's answer; one at a time. */
  tickingStepId: string | null;
  /** What that check was set to: shown at once, so the box does not flick back while the host answers. */
  tickingChecked: boolean;
  error: string | null;
  open(id: string): Promise<void>;
  close(): void;
  /** Fetches the open runbook again (after a change, a run's end or a reconnect). */
  refresh(): Promise<void>;
  /** Takes a runbook's ticks the host sent (runbooks.ticked, or a tick's answer). */
  applyChecks(id: string, checks: readonly CheckState[]): void;
  tick(stepId: string, checked: boolean): Promise<boolean>;
  dismissError(): void;
}

export type RunbookDetailStore = ReturnType<typeof createRunbookDetailStore>;

export function createRunbookDetailStore({ api, canOperate }: RunbooksAccess) {
  return createStore<RunbookDetailState>()((set, get) => {
    /** Grows with each fetch: an answer to an earlier one, or for a runbook since closed, is dropped. */
    let generation = 0;
    const load = async () => {
      const id = get().openId;
      if (id === null) return;
      const asked = ++generation;
      try {
        const detail = await api.runbooks.get({ id });
        if (asked === generation && get().openId === id) set({ detail, error: null });
      } catch (error) {
        if (asked === generation && get().openId === id) {
          set({ error: runbookFailureMessage(`load the runbook ${id}`, error) });
        }
      }
    };
    const applyChecks = (id: string, checks: readonly CheckState[]) => {
      const { openId, detail } = get();
      if (openId === id && detail) set({ detail: { ...detail, checks: [...checks] } });
    };

    return {
      openId: null,
      detail: null,
      tickingStepId: null,
      tickingChecked: false,
      error: null,
      open: async (id) => {
        if (get().openId !== id) set({ openId: id, detail: null, error: null, tickingStepId: null });
        await load();
      },
      close: () => {
        generation++;
        set({ openId: null, detail: null, error: null, tickingStepId: null });
      },
      refresh: load,
      applyChecks,
      tick: async (stepId, checked) => {
        const id = get().openId;
        const attempt = checked ? 'tick the check' : 'untick the check';
        if (id === null) return false;
        if (!canOperate()) {
          set({ error: readOnlyMessage(attempt) });
          return false;
        }
        if (get().tickingStepId !== null) return false;
        set({ tickingStepId: stepId, tickingChecked: checked });
        try {
          applyChecks(id, await api.runbooks.tick({ id, stepId, checked }));
          set({ tickingStepId: null, error: null });
          return true;
        } catch (error) {
          set({ tickingStepId: null, error: runbookFailureMessage(attempt, error) });
          return false;
        }
      },
      dismissError: () => set({ error: null }),
    };
  });
}

export const selectDetail = (state: RunbookDetailState): RunbookDetail | null => state.detail;

/** The tick of one check on the open day, or null when nobody has ticked it. */
export function selectCheck(state: RunbookDetailState, stepId: string): CheckState | null {
  return state.detail?.checks.find((check) => check.stepId === stepId) ?? null;
}
