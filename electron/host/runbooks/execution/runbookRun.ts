import { ApiError } from '../../../../shared/apiErrors';
import type { RunState, StepRun } from '../../../../shared/runbookRunTypes';
import type { RunbookStep } from '../../../../shared/runbookTypes';
import type { RunDependencies, RunOptions } from './runDependencies';
import { RunGate } from './runGate';
import { newStepRun, stepsInScope } from './runScope';
import { StepExecution, type StepOutcome } from './stepExecution';

/** What a person can answer at a gate. */
export type GateAnswer = 'resume' | 'skip' | 'retry' | 'approve' | 'ticked';

/**
 * One run of a runbook: its steps in order, gates where a person decides, continuous probes
 * that can fail it, rollbacks when it fails, and every change journaled and announced.
 */
export class RunbookRun {
  readonly state: RunState;
  readonly finished: Promise<RunState>;
  private readonly gate = new RunGate<GateAnswer>();
  private readonly execution: StepExecution;
  private pauseRequested = false;
  private stopRequested = false;
  /** Set when a continuous probe breaks or the run is stopped: the run ends with this reason. */
  private failure: string | null = null;

  constructor(
    private readonly options: RunOptions,
    private readonly deps: RunDependencies,
  ) {
    const { runbook } = options;
    const inScope = stepsInScope(runbook, options.stepId, options.environment);
    this.state = {
      runId: options.runId,
      runbookId: runbook.id,
      title: runbook.title,
      kind: runbook.kind,
      environment: options.environment,
      startedBy: options.startedBy,
      startedAt: deps.now(),
      finishedAt: null,
      status: 'running',
      scope: options.stepId === null ? 'all' : 'step',
      steps: inScope.map((entry) => ({ ...newStepRun(entry.step.id), ...entry.initial })),
      rollbacks: [],
      currentStepId: null,
      confirmation: null,
      reason: null,
    };
    this.execution = new StepExecution(options, deps, this.state, this.gate, {
      announce: () => this.announce(),
      failRun: (reason) => this.fail(reason),
    });
    this.finished = this.execute(inScope.map((entry) => entry.step));
  }

  /** pause, resume, stop, skip or retry, as a person asked (runs.control). */
  control(action: 'pause' | 'resume' | 'stop' | 'skip' | 'retry', by: string): void {
    if (this.state.finishedAt !== null)
      throw new ApiError('bad_request', `run ${this.state.runId} has ended`);
    switch (action) {
      case 'pause':
        this.pauseRequested = true;
        return;
      case 'resume':
        this.pauseRequested = false;
        this.gate.answer('resume');
        return;
      case 'stop':
        this.stopRequested = true;
        this.failure ??= `stopped by ${by}`;
        this.execution.abortCurrent();
        this.gate.answer('stop');
        return;
      case 'skip':
      case 'retry':
        if (!this.gate.answer(action)) {
          const current = this.state.currentStepId ?? 'no step';
          throw new ApiError(
            'bad_request',
            action === 'skip'
              ? `nothing to skip: ${current} is not waiting or failed`
              : `nothing to retry: ${current} has not failed`,
          );
        }
        return;
    }
  }

  /** The answer to the confirmation the run waits on. */
  confirm(stepId: string, approve: boolean, by: string): void {
    const request = this.state.confirmation;
    if (!request || request.stepId !== stepId) {
      throw new ApiError('bad_request', `run ${this.state.runId} is not asking about ${stepId}`);
    }
    if (approve) {
      void this.deps.recorder.confirmed(this.state, request, by);
      this.gate.answer('approve');
    } else {
      this.control('stop', by);
      this.failure = `${stepId} was not confirmed by ${by}`;
    }
  }

  /** A manual check was ticked: the run goes on if it waits at it. */
  checkTicked(stepId: string): void {
    if (this.state.currentStepId === stepId) this.gate.answer('ticked');
  }

  private fail(reason: string): void {
    if (this.failure !== null || this.state.finishedAt !== null) return;
    this.failure = reason;
    this.execution.abortCurrent();
    this.gate.answer('stop');
  }

  private async execute(steps: RunbookStep[]): Promise<RunState> {
    const titles = Object.fromEntries(this.options.runbook.steps.map((step) => [step.id, step.title]));
    await this.deps.recorder.runStarted(this.state, this.deps.variables.shown(), titles);
    this.announce();
    let failedStep: string | null = null;
    for (let index = 0; index < steps.length && this.failure === null; index++) {
      const step = steps[index] as RunbookStep;
      const stepRun = this.stepRun(step.id);
      if (stepRun.status === 'skipped') continue;
      if (this.pauseRequested && (await this.waitWhilePaused()) === 'stop') break;
      const outcome = await this.execution.run(step, stepRun, false);
      if (outcome === 'passed' || outcome === 'skipped' || this.failure !== null) continue;
      const decision = await this.afterFailure(step, stepRun, outcome);
      if (decision === 'retry') index--;
      else if (decision === 'stop') {
        failedStep = step.id;
        // Stopped at a failed step, the run failed because of the step, not of the stop.
        this.failure = failureReason(step, stepRun);
      }
    }
    await this.execution.endBackground();
    if (this.failure !== null) await this.rollBack();
    return this.end(failedStep);
  }

  /** A failed step: the run goes on (continueOnError), waits for a person, or ends. */
  private async afterFailure(
    step: RunbookStep,
    stepRun: StepRun,
    outcome: StepOutcome,
  ): Promise<'continue' | 'retry' | 'stop'> {
    if (step.type !== 'check' && step.continueOnError) return 'continue';
    if (!this.options.pauseOnFailure || outcome === 'stopped') return 'stop';
    const answered = this.gate.wait(['retry', 'skip']);
    this.state.status = 'paused';
    this.state.reason = `${step.id} ${stepRun.status}: retry it, skip it or stop the run`;
    this.announce();
    const answer = await answered;
    this.state.status = 'running';
    this.state.reason = null;
    if (answer === 'skip') {
      stepRun.message = `skipped after it ${stepRun.status}${stepRun.message ? `: ${stepRun.message}` : ''}`;
      stepRun.status = 'skipped';
      this.announce();
      return 'continue';
    }
    return answer === 'retry' ? 'retry' : 'stop';
  }

  private async waitWhilePaused(): Promise<'resume' | 'stop'> {
    const answered = this.gate.wait(['resume']);
    this.state.status = 'paused';
    this.announce();
    const answer = await answered;
    this.state.status = 'running';
    this.announce();
    return answer === 'resume' ? 'resume' : 'stop';
  }

  /** Each step that ran and names a rollback gets it run, last first, unless it already passed. */
  private async rollBack(): Promise<void> {
    const ran = this.state.steps.filter((stepRun) => stepRun.attempts > 0).reverse();
    const done = new Set<string>();
    for (const stepRun of ran) {
      const step = this.options.runbook.steps.find((candidate) => candidate.id === stepRun.stepId);
      const target = step?.type === 'command' && step.rollback ? this.namedStep(step.rollback) : null;
      if (!target || done.has(target.id)) continue;
      done.add(target.id);
      if (this.state.steps.some((run) => run.stepId === target.id && run.status === 'passed')) continue;
      const rollbackRun = newStepRun(target.id);
      this.state.rollbacks.push(rollbackRun);
      await this.execution.run(target, rollbackRun, true);
    }
  }

  private namedStep(name: string): RunbookStep | null {
    return this.options.runbook.steps.find((step) => step.name === name) ?? null;
  }

  private async end(failedStep: string | null): Promise<RunState> {
    const state = this.state;
    state.currentStepId = null;
    state.confirmation = null;
    state.finishedAt = this.deps.now();
    if (this.failure === null) {
      const anyFailed = state.steps.some((run) => run.status === 'failed' || run.status === 'timed-out');
      state.status = anyFailed ? 'failed' : 'passed';
      state.reason = anyFailed ? 'a step failed and the run went on (continueOnError)' : null;
    } else {
      state.status = this.stopRequested && failedStep === null ? 'stopped' : 'failed';
      state.reason = this.failure;
    }
    for (const stepRun of state.steps) {
      if (stepRun.status === 'pending' || stepRun.status === 'waiting') {
        stepRun.status = 'skipped';
        stepRun.message = 'not reached';
      }
    }
    await this.deps.recorder.runFinished(state);
    this.announce();
    return state;
  }

  private stepRun(stepId: string): StepRun {
    const found = this.state.steps.find((run) => run.stepId === stepId);
    if (!found) throw new Error(`no run state for step ${stepId}`);
    return found;
  }

  private announce(): void {
    this.deps.changed(this.state);
  }
}

/** Why the run failed, naming the step: probes' messages name theirs already. */
function failureReason(step: RunbookStep, stepRun: StepRun): string {
  const message = stepRun.message ?? '';
  if (message.startsWith('probe ')) return message;
  return `step ${step.name ?? step.id} ${stepRun.status}${message ? `: ${message}` : ''}`;
}
