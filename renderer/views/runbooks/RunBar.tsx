import { useState } from 'react';
import { useStore } from 'zustand';
import type { RunState } from '../../../shared/runbookRunTypes';
import type { Runbook } from '../../../shared/runbookTypes';
import { isActive, runProgress } from '../../state/runbooks/runsStore';
import { ConfirmationDetails } from './ConfirmationDetails';
import { ConfirmationDialog } from './ConfirmationDialog';
import { useCanOperate, useNow, useRunbooks } from './runbookHooks';
import { elapsedText, whenText } from './runbookText';
import { RunStatusBadge, StepStatusBadge } from './StatusBadges';
import { StopRunDialog } from './StopRunDialog';

/** The run the view follows: who started it where, how far it is, its controls, and what it waits on. */
export function RunBar({ run, runbook }: { run: RunState; runbook: Runbook | null }) {
  const { runs } = useRunbooks();
  const canOperate = useCanOperate();
  const busy = useStore(runs, (state) => state.busyRunId !== null);
  const [askingStop, setAskingStop] = useState(false);
  /** The confirmation set aside with Escape, by run, step and attempt; a new one shows again. */
  const [setAside, setSetAside] = useState<string | null>(null);
  const active = isActive(run);
  const now = useNow(active);
  const { done, total } = runProgress(run);
  const titleOf = (stepId: string) => runbook?.steps.find((step) => step.id === stepId)?.title ?? stepId;
  // An ended run waits on nobody, whatever it last said.
  const confirmation = active ? run.confirmation : null;
  const confirmationKey = confirmation
    ? `${run.runId}:${confirmation.stepId}:${run.steps.find((s) => s.stepId === confirmation.stepId)?.attempts ?? 0}`
    : null;
  const control = (action: 'pause' | 'resume' | 'stop') => void runs.getState().control(run.runId, action);

  return (
    <section className="rb-run-bar" aria-label="Current run" data-testid="run-bar" data-run-id={run.runId}>
      <div className="rb-run-line">
        <RunStatusBadge status={run.status} testId="run-status" />
        <span>
          {run.scope === 'all' ? 'Run all' : 'One step'} in <strong>{run.environment}</strong>, started by{' '}
          {run.startedBy} at {whenText(run.startedAt, now)}
          {' · '}
          {elapsedText((run.finishedAt ?? now) - run.startedAt)}
        </span>
        <progress value={done} max={Math.max(1, total)} aria-label="Steps done" />
        <span data-testid="run-progress">
          {done} of {total} steps
        </span>
        {canOperate && active && (
          <span className="rb-run-controls">
            {run.status === 'paused' ? (
              <button
                type="button"
                className="plain-button"
                disabled={busy}
                onClick={() => control('resume')}
                data-testid="run-resume"
              >
                Resume
              </button>
            ) : (
              <button
                type="button"
                className="plain-button"
                disabled={busy}
                onClick={() => control('pause')}
                data-testid="run-pause"
              >
                Pause
              </button>
            )}
            <button
              type="button"
              className="danger-button"
              disabled={busy}
              onClick={() => setAskingStop(true)}
              data-testid="run-stop"
            >
              Stop
            </button>
          </span>
        )}
      </div>
      {run.reason && (
        <p className={`rb-run-reason reason-${run.status}`} data-testid="run-reason">
          {run.reason}
        </p>
      )}
      {confirmation && !canOperate && (
        <div className="rb-run-waiting" data-testid="confirm-pending">
          <p>Waiting for an operator to confirm this step:</p>
          <ConfirmationDetails confirmation={confirmation} stepTitle={titleOf(confirmation.stepId)} />
        </div>
      )}
      {confirmation && canOperate && setAside === confirmationKey && (
        <p className="rb-run-waiting">
          The run waits for your confirmation of “{titleOf(confirmation.stepId)}”.{' '}
          <button
            type="button"
            className="primary-button"
            onClick={() => setSetAside(null)}
            data-testid="confirm-review"
          >
            Review
          </button>
        </p>
      )}
      {run.rollbacks.length > 0 && (
        <div className="rb-rollbacks" data-testid="run-rollbacks">
          <span className="rb-muted">Rolled back:</span>
          {run.rollbacks.map((rollback) => (
            <span key={rollback.stepId} className="rb-rollback">
              {titleOf(rollback.stepId)} <StepStatusBadge status={rollback.status} />
            </span>
          ))}
        </div>
      )}
      {confirmation && canOperate && setAside !== confirmationKey && (
        <ConfirmationDialog
          runId={run.runId}
          confirmation={confirmation}
          stepTitle={titleOf(confirmation.stepId)}
          onSetAside={() => setSetAside(confirmationKey)}
        />
      )}
      {askingStop && active && (
        <StopRunDialog
          title={run.title}
          onCancel={() => setAskingStop(false)}
          onStop={() => {
            setAskingStop(false);
            control('stop');
          }}
        />
      )}
    </section>
  );
}
