import type { ConfirmationRequest, RunState, StepRun } from '../../../../shared/runbookRunTypes';
import type { CommandStep, ProbeStep, Runbook, RunbookStep } from '../../../../shared/runbookTypes';
import type { SpawnStep, StepCommandResult } from './stepCommand';

/** What a run needs from the host; each part is real in the host and in the tests. */

/** A command or probe with its variables filled in, and as it may be shown. */
export interface ResolvedCommand {
  script: string;
  /** The command with secrets as [secret NAME]: what the journal and the confirmation show. */
  display: string;
  env: Record<string, string>;
}

/** Fills in a run's variables, step by step; named steps' outputs join them as they finish. */
export interface StepVariables {
  command(step: CommandStep): ResolvedCommand;
  probe(step: ProbeStep): { step: ProbeStep; display: string };
  /** Whether a later step reads this named step's output (then it is captured). */
  outputUsed(step: CommandStep): boolean;
  setOutput(step: CommandStep, stdout: string): void;
  /** Every variable of the run as it may be shown: secrets as [secret NAME]. */
  shown(): Record<string, string>;
  /** The variables that say where a command acts (context, namespace, cluster), secrets masked. */
  context(): Record<string, string>;
  redact(text: string): string;
}

export interface ProbeOutcomeSummary {
  passed: boolean;
  /** The run was stopped while it checked. */
  stopped: boolean;
  message: string;
  checks: number;
  elapsedMs: number;
}

export interface ContinuousProbeHandle {
  stop(): void;
}

export interface ProbeRunner {
  once(
    step: ProbeStep,
    signal: AbortSignal,
    onCheck: (observation: string) => void,
  ): Promise<ProbeOutcomeSummary>;
  continuous(
    step: ProbeStep,
    onBreak: (message: string) => void,
    onCheck: (observation: string) => void,
  ): ContinuousProbeHandle;
}

/** Journals a run as it goes; every text it is given has had its secrets redacted already. */
export interface RunRecorder {
  /** `variables` are as shown (secrets masked); `titles` name the steps for the history. */
  runStarted(run: RunState, variables: Record<string, string>, titles: Record<string, string>): Promise<void>;
  stepChanged(run: RunState, step: RunbookStep, stepRun: StepRun, rollback: boolean): Promise<void>;
  commandStarted(run: RunState, step: CommandStep, display: string, terminalId: string): Promise<void>;
  /** Returns the transcript's id. */
  commandFinished(
    run: RunState,
    step: CommandStep,
    display: string,
    result: StepCommandResult,
  ): Promise<number>;
  probeResult(run: RunState, step: ProbeStep, display: string, outcome: ProbeOutcomeSummary): Promise<void>;
  confirmed(run: RunState, request: ConfirmationRequest, by: string): Promise<void>;
  runFinished(run: RunState): Promise<void>;
}

export interface RunOptions {
  runId: string;
  runbook: Runbook;
  environment: string;
  startedBy: string;
  /** One step only, or run-all. */
  stepId: string | null;
  /** Words that make a command ask first (warroom.yaml's runbooks.denyList). */
  denyList: readonly string[];
  /**
   * A failed step waits for retry, skip or stop instead of ending the run: for a person at the
   * console running a checklist or a quick fix. Drills and `warroom run` fail at once.
   */
  pauseOnFailure: boolean;
  /** The runbook's folder: commands' `cwd` is relative to it. */
  runbookDir: string;
  /** Added to every step's environment (PATH with warroom on it, the built-ins). */
  baseEnv: Record<string, string>;
}

export interface RunDependencies {
  spawn: SpawnStep;
  variables: StepVariables;
  probes: ProbeRunner;
  recorder: RunRecorder;
  /** Whether a manual check is ticked on the open day, and by whom. */
  tickOf(stepId: string): { by: string; at: number } | null;
  now(): number;
  /** Called with the whole state at every change. */
  changed(run: RunState): void;
}
