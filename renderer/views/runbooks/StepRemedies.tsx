import { useStore } from 'zustand';
import type { RunState, StepRun } from '../../../shared/runbookRunTypes';
import type { RunbookStep } from '../../../shared/runbookTypes';
import { stepRemedies } from '../../state/runbooks/runsStore';
import { useCanOperate, useRunbooks } from './runbookHooks';

/** Skip and Retry, on a failed or waiting step of the current run, for an operator. */
export function StepRemedies({
  step,
  stepRun,
  run,
}: {
  step: RunbookStep;
  stepRun: StepRun | null;
  run: RunState | null;
}) {
  const { runs } = useRunbooks();
  const canOperate = useCanOperate();
  const busy = useStore(runs, (state) => state.busyRunId !== null);
  const { skip, retry } = stepRemedies(run, stepRun);
  if (!canOperate || run === null || (!skip && !retry)) return null;
  return (
    <span className="rb-remedies">
      {retry && (
        <button
          type="button"
          className="plain-button"
          disabled={busy}
          onClick={() => void runs.getState().control(run.runId, 'retry')}
          data-testid={`step-retry-${step.id}`}
        >
          Retry
        </button>
      )}
      {skip && (
        <button
          type="button"
          className="plain-button"
          disabled={busy}
          onClick={() => void runs.getState().control(run.runId, 'skip')}
          data-testid={`step-skip-${step.id}`}
        >
          Skip
        </button>
      )}
    </span>
  );
}
