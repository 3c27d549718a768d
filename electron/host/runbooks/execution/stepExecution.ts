import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ConfirmationRequest, RunState, StepRun } from '../../../../shared/runbookRunTypes';
import type { CheckStep, CommandStep, ProbeStep, RunbookStep } from '../../../../shared/runbookTypes';
import { formatDuration } from '../../../../shared/workspace/durationSchema';
import { denyListMatches } from './denyList';
import type { GateAnswer } from './runbookRun';
import { OUTPUT_TAIL_INTERVAL_MS } from './runConstants';
import type { ContinuousProbeHandle, RunDependencies, RunOptions } from './runDependencies';
import type { RunGate } from './runGate';
import { StepCommand, type StepCommandResult } from './stepCommand';

export type StepOutcome = 'passed' | 'failed' | 'skipped' | 'stopped';

export interface ExecutionHooks {
  announce(): void;
  /** A continuous probe broke: the run fails with this reason. */
  failRun(reason: string): void;
}

/** Runs one step at a time for a run: checks, commands (with confirmation) and probes. */
export class StepExecution {
  private currentCommand: StepCommand | null = null;
  private currentProbe: AbortController | null = null;
  /** Background commands still running, and what settles once each has ended and been recorded. */
  private readonly background: { command: StepCommand; ended: Promise<void> }[] = [];
  private readonly continuous: ContinuousProbeHandle[] = [];
  /** Set once the run is over: background commands that end now were ended by it. */
  private ending = false;
  /** The step under way was killed or ended by the run being stopped or failed. */
  private aborted = false;

  constructor(
    private readonly options: RunOptions,
    private readonly deps: RunDependencies,
    private readonly state: RunState,
    private readonly gate: RunGate<GateAnswer>,
    private readonly hooks: ExecutionHooks,
  ) {}

  async run(step: RunbookStep, stepRun: StepRun, rollback: boolean): Promise<StepOutcome> {
    this.state.currentStepId = step.id;
    this.aborted = false;
    stepRun.attempts += 1;
    stepRun.startedAt = this.deps.now();
    stepRun.finishedAt = null;
    stepRun.exitCode = null;
    stepRun.message = null;
    const outcome = await this.runByType(step, stepRun);
    stepRun.finishedAt ??= this.deps.now();
    this.state.confirmation = null;
    await this.deps.recorder.stepChanged(this.state, step, stepRun, rollback);
    this.hooks.announce();
    return outcome;
  }

  /** Kills the running command or ends the running probe; the step ends as stopped. */
  abortCurrent(): void {
    this.aborted = true;
    this.currentCommand?.stop();
    this.currentProbe?.abort();
  }

  /** The run is over: continuous probes stop, background commands are ended and recorded. */
  async endBackground(): Promise<void> {
    this.ending = true;
    for (const probe of this.continuous.splice(0)) probe.stop();
    const background = this.background.splice(0);
    for (const { command } of background) command.stop();
    await Promise.all(background.map(({ ended }) => ended));
  }

  private runByType(step: RunbookStep, stepRun: StepRun): Promise<StepOutcome> {
    switch (step.type) {
      case 'check':
        return this.runCheck(step, stepRun);
      case 'command':
        return this.runCommand(step, stepRun);
      case 'probe':
        return step.mode === 'continuous'
          ? this.startContinuous(step, stepRun)
          : this.runProbe(step, stepRun);
    }
  }

  private async runCheck(step: CheckStep, stepRun: StepRun): Promise<StepOutcome> {
    let tick = this.deps.tickOf(step.id);
    if (!tick) {
      const answered = this.gate.wait(['ticked', 'skip']);
      this.setStatus(stepRun, 'waiting', 'waiting for a person to tick it');
      const answer = await answered;
      if (answer !== 'ticked') return this.ended(stepRun, answer === 'skip' ? 'skipped' : 'stopped');
      tick = this.deps.tickOf(step.id);
    }
    return this.ended(stepRun, 'passed', tick ? `ticked by ${tick.by}` : 'ticked');
  }

  private async runCommand(step: CommandStep, stepRun: StepRun): Promise<StepOutcome> {
    let resolved: ReturnType<RunDependencies['variables']['command']>;
    try {
      resolved = this.deps.variables.command(step);
    } catch (error) {
      return this.ended(stepRun, 'failed', error instanceof Error ? error.message : String(error));
    }
    const asked = await this.confirmIfNeeded(step, stepRun, resolved.script, resolved.display);
    if (asked !== 'go') return this.ended(stepRun, asked);
    // The step's time is the command's, not the wait for a person's approval.
    stepRun.startedAt = this.deps.now();
    const capture = step.name !== null && this.deps.variables.outputUsed(step);
    let tailTimer: NodeJS.Timeout | undefined;
    const cwd = step.cwd ? join(this.options.runbookDir, step.cwd) : this.options.runbookDir;
    if (!existsSync(cwd)) return this.ended(stepRun, 'failed', `cannot start in ${cwd}: no such folder`);
    const progress = () => {
      tailTimer ??= setTimeout(() => {
        tailTimer = undefined;
        stepRun.outputTail = this.deps.variables.redact(command.outputTail());
        this.hooks.announce();
      }, OUTPUT_TAIL_INTERVAL_MS);
    };
    const env = { ...this.options.baseEnv, ...resolved.env };
    let command: StepCommand;
    try {
      const request = { step, script: resolved.script, cwd, env, captureStdout: capture, progress };
      command = new StepCommand(this.deps.spawn, request, this.deps.now);
    } catch (error) {
      // node-pty throws when the shell cannot be started at all (too many terminals, no such shell).
      return this.ended(
        stepRun,
        'failed',
        `cannot start: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    stepRun.terminalId = command.terminalId;
    this.setStatus(stepRun, 'running', null);
    await this.deps.recorder.commandStarted(this.state, step, resolved.display, command.terminalId);
    if (step.background) {
      const ended = command.done.then((result) =>
        this.backgroundEnded(step, stepRun, resolved.display, result),
      );
      this.background.push({ command, ended });
      stepRun.message = 'started in the background';
      return 'passed';
    }
    this.currentCommand = command;
    const result = await command.done;
    this.currentCommand = null;
    clearTimeout(tailTimer);
    const outcome = await this.commandEnded(step, stepRun, resolved.display, result);
    if (outcome === 'passed' && result.stdout !== null) this.deps.variables.setOutput(step, result.stdout);
    return outcome;
  }

  private async confirmIfNeeded(
    step: CommandStep,
    stepRun: StepRun,
    script: string,
    display: string,
  ): Promise<'go' | 'skipped' | 'stopped'> {
    const matched = denyListMatches(script, this.options.denyList);
    if (!step.confirm && matched.length === 0) return 'go';
    const request: ConfirmationRequest = {
      stepId: step.id,
      command: display,
      environment: this.options.environment,
      context: this.deps.variables.context(),
      reasons: [
        ...(step.confirm ? ['the step asks for confirmation'] : []),
        ...matched.map((entry) => `matches the deny-list entry "${entry}"`),
      ],
    };
    const answered = this.gate.wait(['approve', 'skip']);
    this.state.confirmation = request;
    this.setStatus(stepRun, 'waiting', 'waiting for confirmation');
    const answer = await answered;
    this.state.confirmation = null;
    if (answer === 'approve') return 'go';
    return answer === 'skip' ? 'skipped' : 'stopped';
  }

  private async commandEnded(
    step: CommandStep,
    stepRun: StepRun,
    display: string,
    result: StepCommandResult,
  ): Promise<StepOutcome> {
    const redacted = { ...result, output: this.deps.variables.redact(result.output) };
    stepRun.transcriptId = await this.deps.recorder.commandFinished(this.state, step, display, redacted);
    stepRun.outputTail = this.deps.variables.redact(result.outputTail);
    stepRun.exitCode = result.exitCode;
    stepRun.finishedAt = result.finishedAt;
    if (result.timedOut) {
      return this.ended(
        stepRun,
        'failed',
        `killed after its ${formatDuration(step.timeoutMs ?? 0)} timeout`,
        'timed-out',
      );
    }
    if (this.aborted && !step.background) return this.ended(stepRun, 'stopped', 'stopped while it ran');
    if (result.exitCode === 0) return this.ended(stepRun, 'passed');
    const how =
      result.exitCode === null ? `ended by signal ${result.signal}` : `exit code ${result.exitCode}`;
    return this.ended(stepRun, 'failed', how);
  }

  private async backgroundEnded(
    step: CommandStep,
    stepRun: StepRun,
    display: string,
    result: StepCommandResult,
  ): Promise<void> {
    const endedByRun = this.ending;
    await this.commandEnded(step, stepRun, display, result);
    if (endedByRun) {
      stepRun.status = 'passed';
      stepRun.message = 'ended with the run';
    }
    await this.deps.recorder.stepChanged(this.state, step, stepRun, false);
    this.hooks.announce();
  }

  private async runProbe(step: ProbeStep, stepRun: StepRun): Promise<StepOutcome> {
    const resolved = this.resolveProbe(step, stepRun);
    if (!resolved) return 'failed';
    this.setStatus(stepRun, 'running', 'checking');
    const controller = new AbortController();
    this.currentProbe = controller;
    const outcome = await this.deps.probes.once(resolved.step, controller.signal, (observation) => {
      stepRun.message = this.deps.variables.redact(observation);
      this.hooks.announce();
    });
    this.currentProbe = null;
    await this.deps.recorder.probeResult(this.state, step, resolved.display, outcome);
    const message = this.deps.variables.redact(outcome.message);
    if (outcome.stopped) return this.ended(stepRun, 'stopped', message);
    return this.ended(stepRun, outcome.passed ? 'passed' : 'failed', message);
  }

  private async startContinuous(step: ProbeStep, stepRun: StepRun): Promise<StepOutcome> {
    const resolved = this.resolveProbe(step, stepRun);
    if (!resolved) return 'failed';
    this.setStatus(stepRun, 'running', 'watching until the run ends');
    const onCheck = (observation: string) => {
      if (stepRun.status !== 'running') return;
      stepRun.message = this.deps.variables.redact(observation);
      this.hooks.announce();
    };
    const handle = this.deps.probes.continuous(
      resolved.step,
      (message) => {
        const reason = this.deps.variables.redact(message);
        stepRun.status = 'failed';
        stepRun.message = reason;
        stepRun.finishedAt = this.deps.now();
        void this.deps.recorder.probeResult(this.state, step, resolved.display, {
          passed: false,
          stopped: false,
          message: reason,
          checks: 0,
          elapsedMs: stepRun.finishedAt - (stepRun.startedAt ?? stepRun.finishedAt),
        });
        this.hooks.failRun(reason);
      },
      onCheck,
    );
    this.continuous.push({
      stop: () => {
        handle.stop();
        if (stepRun.status === 'running') {
          stepRun.status = 'passed';
          stepRun.message = 'held until the run ended';
          stepRun.finishedAt = this.deps.now();
        }
      },
    });
    return 'passed';
  }

  private resolveProbe(step: ProbeStep, stepRun: StepRun): { step: ProbeStep; display: string } | null {
    try {
      return this.deps.variables.probe(step);
    } catch (error) {
      this.ended(stepRun, 'failed', error instanceof Error ? error.message : String(error));
      return null;
    }
  }

  private setStatus(stepRun: StepRun, status: StepRun['status'], message: string | null): void {
    stepRun.status = status;
    stepRun.message = message;
    this.hooks.announce();
  }

  private ended(
    stepRun: StepRun,
    outcome: StepOutcome,
    message: string | null = null,
    status: StepRun['status'] = outcome,
  ): StepOutcome {
    stepRun.status = status;
    stepRun.message = message ?? stepRun.message;
    stepRun.finishedAt = this.deps.now();
    return outcome;
  }
}
