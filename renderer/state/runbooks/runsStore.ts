import { createStore } from 'zustand/vanilla';
import type { RunState, StepRun, StepRunStatus } from '../../../shared/runbookRunTypes';
import { type RunbooksAccess, readOnlyMessage, runbookFailureMessage } from './runbooksAccess';

export type RunAction = 'pause' | 'resume' | 'stop' | 'skip' | 'retry';

/** What each control attempts, for its failure message. */
const ACTION_ATTEMPTS: Record<RunAction, string> = {
  pause: 'pause the run',
  resume: 'resume the run',
  stop: 'stop the run',
  skip: 'skip the step',
  retry: 'retry the step',
};

/** The runs in the host, whole, as runs.list and runs.changed give them, and this console's calls to them. */
export interface RunsState {
  runs: Readonly<Record<string, RunState>>;
  /** The run whose control or confirmation waits for its answer; one at a time, so a double click sends one. */
  busyRunId: string | null;
  error: string | null;
  /** Takes a run the host sent (an answer or a runs.changed). */
  apply(run: RunState): void;
  /** Replaces every run with the host's list (on each session start). */
  refresh(): Promise<void>;
  control(runId: string, action: RunAction): Promise<boolean>;
  confirm(runId: string, stepId: string, approve: boolean): Promise<boolean>;
  dismissError(): void;
}

export type RunsStore = ReturnType<typeof createRunsStore>;

export function createRunsStore({ api, canOperate }: RunbooksAccess) {
  return createStore<RunsState>()((set, get) => {
    const apply = (run: RunState) => set(({ runs }) => ({ runs: { ...runs, [run.runId]: run } }));
    const act = async (runId: string, attempt: string, send: () => Promise<RunState>): Promise<boolean> => {
      if (!canOperate()) {
        set({ error: readOnlyMessage(attempt) });
        return false;
      }
      if (get().busyRunId !== null) return false;
      set({ busyRunId: runId });
      try {
        apply(await send());
        set({ busyRunId: null, error: null });
        return true;
      } catch (error) {
        set({ busyRunId: null, error: runbookFailureMessage(attempt, error) });
        return false;
      }
    };
    return {
      runs: {},
      busyRunId: null,
      error: null,
      apply,
      refresh: async () => {
        try {
          const list = await api.runs.list({});
          set({ runs: Object.fromEntries(list.map((run) => [run.runId, run])), error: null });
        } catch (error) {
          set({ error: runbookFailureMessage('load the runs', error) });
        }
      },
      control: (runId, action) =>
        act(runId, ACTION_ATTEMPTS[action], () => api.runs.control({ runId, action })),
      confirm: (runId, stepId, approve) =>
        act(runId, approve ? 'approve the step' : 'stop the run', () =>
          api.runs.confirm({ runId, stepId, approve }),
        ),
      dismissError: () => set({ error: null }),
    };
  });
}

/** A run still going: it can be paused, resumed, stopped, or wait on a person. */
export function isActive(run: RunState): boolean {
  return run.status === 'running' || run.status === 'paused';
}

/**
 * The run the runbook's view follows: the one going on, else the one that started last (its
 * results stay on the steps until another run starts); null when the host has none for it.
 */
export function selectRunFor(state: RunsState, runbookId: string | null): RunState | null {
  let chosen: RunState | null = null;
  for (const run of Object.values(state.runs)) {
    if (run.runbookId !== runbookId) continue;
    if (chosen === null || outranks(run, chosen)) chosen = run;
  }
  return chosen;
}

/** An active run outranks an ended one; between two alike, the later start wins. */
function outranks(run: RunState, other: RunState): boolean {
  if (isActive(run) !== isActive(other)) return isActive(run);
  return run.startedAt > other.startedAt;
}

/** Step statuses that say the step is behind the run. */
const DONE_STATUSES: readonly StepRunStatus[] = [
  'passed',
  'failed',
  'timed-out',
  'skipped',
  'stopped',
  'interrupted',
];

/** "n of m steps": how many of the run's steps are behind it. */
export function runProgress(run: RunState): { done: number; total: number } {
  return {
    done: run.steps.filter((step) => DONE_STATUSES.includes(step.status)).length,
    total: run.steps.length,
  };
}

export function stepRunOf(run: RunState | null, stepId: string): StepRun | null {
  return run?.steps.find((step) => step.stepId === stepId) ?? null;
}

/** Which of Skip and Retry the step offers in this run: a failed step both, a waiting step Skip. */
export function stepRemedies(run: RunState | null, step: StepRun | null): { skip: boolean; retry: boolean } {
  const open = run !== null && (isActive(run) || run.status === 'failed');
  const failed = step?.status === 'failed' || step?.status === 'timed-out';
  return { skip: open && (failed || step?.status === 'waiting'), retry: open && failed };
}
