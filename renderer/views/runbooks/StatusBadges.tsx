import type { RunStatus, StepRunStatus } from '../../../shared/runbookRunTypes';

/** A step's status in the current run: pending, waiting, running, passed, failed, … */
export function StepStatusBadge({ status, testId }: { status: StepRunStatus; testId?: string }) {
  return (
    <span className={`rb-status status-${status}`} data-testid={testId} data-status={status}>
      {status}
    </span>
  );
}

/** A whole run's status: running, paused, passed, failed, stopped, interrupted. */
export function RunStatusBadge({ status, testId }: { status: RunStatus; testId?: string }) {
  return (
    <span className={`rb-status status-${status}`} data-testid={testId} data-status={status}>
      {status}
    </span>
  );
}
