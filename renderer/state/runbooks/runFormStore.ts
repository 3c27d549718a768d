import { createStore } from 'zustand/vanilla';
import type { RunPlan, RunState } from '../../../shared/runbookRunTypes';
import { type RunbooksAccess, readOnlyMessage, runbookFailureMessage } from './runbooksAccess';

/** The form between "Run" and the run: runs.plan's variables, the environment, then runs.start. */
export interface RunFormState {
  /** idle: no form; planning: waiting for runs.plan; ready: the form shows; starting: waiting for runs.start. */
  phase: 'idle' | 'planning' | 'ready' | 'starting';
  runbookId: string | null;
  /** The one step asked for, or null for run-all. */
  stepId: string | null;
  plan: RunPlan | null;
  /** What the form holds, by variable name; secrets stay here, in memory, until the form closes. */
  values: Readonly<Record<string, string>>;
  /** Variables the person typed into: a new plan (another environment) keeps them. */
  edited: readonly string[];
  /** Secrets to keep in the keyring for next time. */
  remember: readonly string[];
  error: string | null;
  open(runbookId: string, stepId: string | null): Promise<boolean>;
  /** Plans again for another environment, keeping what the person typed. */
  chooseEnvironment(environment: string): Promise<boolean>;
  setValue(name: string, value: string): void;
  setRemember(name: string, remember: boolean): void;
  /** Starts the run; resolves to it, or null when it could not start (the form stays, saying why). */
  start(): Promise<RunState | null>;
  cancel(): void;
}

export type RunFormStore = ReturnType<typeof createRunFormStore>;

const CLOSED = {
  phase: 'idle',
  runbookId: null,
  stepId: null,
  plan: null,
  values: {},
  edited: [],
  remember: [],
  error: null,
} as const;

export function createRunFormStore({ api, canOperate }: RunbooksAccess, started: (run: RunState) => void) {
  return createStore<RunFormState>()((set, get) => {
    /** Grows with each plan and each close: a late plan for an earlier form is dropped. */
    let generation = 0;
    const plan = async (runbookId: string, environment: string | undefined): Promise<boolean> => {
      const asked = ++generation;
      set({ phase: 'planning', error: null });
      try {
        const answer = await api.runs.plan(environment ? { id: runbookId, environment } : { id: runbookId });
        if (asked !== generation) return false;
        const { values, edited } = get();
        const prefilled = Object.fromEntries(
          answer.variables.map((variable) => [
            variable.name,
            edited.includes(variable.name) ? (values[variable.name] ?? '') : (variable.value ?? ''),
          ]),
        );
        set({ phase: 'ready', plan: answer, values: prefilled });
        return true;
      } catch (error) {
        if (asked !== generation) return false;
        set({
          phase: get().plan ? 'ready' : 'idle',
          error: runbookFailureMessage(`prepare the run of ${runbookId}`, error),
        });
        return false;
      }
    };

    return {
      ...CLOSED,
      open: async (runbookId, stepId) => {
        if (!canOperate()) {
          set({ ...CLOSED, error: readOnlyMessage('run the runbook') });
          return false;
        }
        set({ ...CLOSED, runbookId, stepId });
        return plan(runbookId, undefined);
      },
      chooseEnvironment: async (environment) => {
        const { runbookId, phase } = get();
        if (runbookId === null || phase !== 'ready') return false;
        return plan(runbookId, environment);
      },
      setValue: (name, value) =>
        set(({ values, edited }) => ({
          values: { ...values, [name]: value },
          edited: edited.includes(name) ? edited : [...edited, name],
        })),
      setRemember: (name, remember) =>
        set((state) => ({
          remember: remember
            ? [...state.remember.filter((known) => known !== name), name]
            : state.remember.filter((known) => known !== name),
        })),
      start: async () => {
        const { runbookId, stepId, plan: current, phase } = get();
        if (runbookId === null || current === null || phase !== 'ready') return null;
        if (!canOperate()) {
          set({ error: readOnlyMessage('run the runbook') });
          return null;
        }
        const missing = selectMissing(get());
        if (missing.length > 0) {
          set({ error: `Give a value to ${missing.join(', ')} first.` });
          return null;
        }
        const asked = generation;
        set({ phase: 'starting', error: null });
        try {
          const run = await api.runs.start({
            id: runbookId,
            environment: current.environment,
            values: selectValuesToSend(get()),
            remember: selectRememberToSend(get()),
            ...(stepId === null ? {} : { stepId }),
          });
          started(run);
          if (asked === generation) {
            generation++;
            set({ ...CLOSED });
          }
          return run;
        } catch (error) {
          if (asked === generation) {
            set({ phase: 'ready', error: runbookFailureMessage(`start the run of ${runbookId}`, error) });
          }
          return null;
        }
      },
      cancel: () => {
        generation++;
        set({ ...CLOSED });
      },
    };
  });
}

/**
 * The values sent to runs.start: every one the form holds that is not empty. An empty field
 * leaves the variable to the host's other sources (a remembered secret, the environment, a default).
 */
export function selectValuesToSend(state: RunFormState): Record<string, string> {
  return Object.fromEntries(Object.entries(state.values).filter(([, value]) => value !== ''));
}

/** Secrets to remember: only those ticked and typed, and only where the host can keep them. */
export function selectRememberToSend(state: RunFormState): string[] {
  if (!state.plan?.canRemember) return [];
  const secrets = new Set(state.plan.variables.filter((v) => v.secret).map((v) => v.name));
  return state.remember.filter((name) => secrets.has(name) && (state.values[name] ?? '') !== '');
}

/** Variables no source fills (the plan says `prompt`) and the form leaves empty. */
export function selectMissing(state: RunFormState): string[] {
  return (state.plan?.variables ?? [])
    .filter((variable) => variable.source === 'prompt' && (state.values[variable.name] ?? '') === '')
    .map((variable) => variable.name);
}

/** The steps that will ask before they run: all the plan names for run-all, the one step for a step run. */
export function selectPlannedConfirmations(state: RunFormState): RunPlan['confirmations'] {
  const confirmations = state.plan?.confirmations ?? [];
  return state.stepId === null
    ? confirmations
    : confirmations.filter((confirmation) => confirmation.stepId === state.stepId);
}
