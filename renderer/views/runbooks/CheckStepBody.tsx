import { useStore } from 'zustand';
import type { CheckState, RunState, StepRun } from '../../../shared/runbookRunTypes';
import type { CheckStep } from '../../../shared/runbookTypes';
import { useCanOperate, useRunbooks } from './runbookHooks';
import { tickText } from './runbookText';
import { StepStatusBadge } from './StatusBadges';
import { StepRemedies } from './StepRemedies';

/** A manual check: a checkbox a person ticks, and who ticked it when. */
export function CheckStepBody({
  step,
  check,
  stepRun,
  run,
}: {
  step: CheckStep;
  check: CheckState | null;
  stepRun: StepRun | null;
  run: RunState | null;
}) {
  const { detail } = useRunbooks();
  const canOperate = useCanOperate();
  const ticking = useStore(detail, (state) => state.tickingStepId !== null);
  // While this box's tick waits for the host, it shows what the person set, not the old answer.
  const asked = useStore(detail, (state) => (state.tickingStepId === step.id ? state.tickingChecked : null));
  return (
    <div className="rb-check">
      <label className="rb-check-line">
        <input
          type="checkbox"
          checked={asked ?? check?.checked ?? false}
          disabled={!canOperate || ticking}
          onChange={(event) => void detail.getState().tick(step.id, event.target.checked)}
          data-testid={`check-${step.id}`}
        />
        <span className="rb-check-text">{step.text}</span>
      </label>
      {stepRun && <StepStatusBadge status={stepRun.status} testId={`step-status-${step.id}`} />}
      {check && (
        <span className="rb-muted rb-check-by" data-testid={`check-by-${step.id}`}>
          {tickText(check)}
        </span>
      )}
      <StepRemedies step={step} stepRun={stepRun} run={run} />
    </div>
  );
}
