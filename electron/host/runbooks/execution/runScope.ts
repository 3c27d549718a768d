import { ApiError } from '../../../../shared/apiErrors';
import type { StepRun } from '../../../../shared/runbookRunTypes';
import type { Runbook, RunbookStep } from '../../../../shared/runbookTypes';

export function newStepRun(stepId: string): StepRun {
  return {
    stepId,
    status: 'pending',
    attempts: 0,
    startedAt: null,
    finishedAt: null,
    exitCode: null,
    terminalId: null,
    transcriptId: null,
    outputTail: '',
    message: null,
  };
}

/** Why a step is not for this environment, or null when it is. */
export function notForEnvironment(step: RunbookStep, environment: string): string | null {
  if (step.only.length > 0 && !step.only.includes(environment)) return `only for ${step.only.join(', ')}`;
  if (step.except.includes(environment)) return `not for ${environment}`;
  return null;
}

/**
 * The steps a run goes through: every step for run-all (those not for this environment, or
 * excluded from run-all, are passed over from the start), or the one step asked for.
 */
export function stepsInScope(
  runbook: Runbook,
  stepId: string | null,
  environment: string,
): { step: RunbookStep; initial: Partial<StepRun> }[] {
  if (stepId !== null) {
    const step = runbook.steps.find((candidate) => candidate.id === stepId);
    if (!step) throw new ApiError('not_found', `${runbook.id} has no step ${stepId}`);
    const notFor = notForEnvironment(step, environment);
    if (notFor) throw new ApiError('bad_request', `step ${stepId} is ${notFor}`);
    return [{ step, initial: {} }];
  }
  return runbook.steps.map((step) => {
    const notFor = notForEnvironment(step, environment);
    if (notFor) return { step, initial: { status: 'skipped', message: notFor } };
    if (step.type === 'command' && step.excludeFromRunAll) {
      return { step, initial: { status: 'skipped', message: 'excluded from run-all' } };
    }
    return { step, initial: {} };
  });
}
