import { useStore } from 'zustand';
import type { RunState } from '../../../shared/runbookRunTypes';
import { isActive } from '../../state/runbooks/runsStore';
import { useCanOperate, useRunbooks } from './runbookHooks';

/** "Run" on one step: opens the run form for that step alone; an operator's, and not while a run goes on. */
export function StepRunButton({
  runbookId,
  stepId,
  run,
}: {
  runbookId: string;
  stepId: string;
  run: RunState | null;
}) {
  const { form } = useRunbooks();
  const canOperate = useCanOperate();
  const formOpen = useStore(form, (state) => state.phase !== 'idle');
  if (!canOperate) return null;
  const running = run !== null && isActive(run);
  return (
    <button
      type="button"
      className="plain-button"
      disabled={running || formOpen}
      title={running ? 'A run of this runbook is going on: wait for it, or stop it.' : undefined}
      onClick={() => void form.getState().open(runbookId, stepId)}
      data-testid={`step-run-${stepId}`}
    >
      Run
    </button>
  );
}
