import { useRef } from 'react';
import { useStore } from 'zustand';
import type { ConfirmationRequest } from '../../../shared/runbookRunTypes';
import { ModalDialog } from '../../shell/ModalDialog';
import { ConfirmationDetails } from './ConfirmationDetails';
import { useRunbooks } from './runbookHooks';

/**
 * Asks an operator before a dangerous step runs. The focus starts on "Stop run", the safe choice;
 * Escape and × only set the question aside (the run keeps waiting), never approve.
 */
export function ConfirmationDialog({
  runId,
  confirmation,
  stepTitle,
  onSetAside,
}: {
  runId: string;
  confirmation: ConfirmationRequest;
  stepTitle: string;
  onSetAside(): void;
}) {
  const { runs } = useRunbooks();
  const busy = useStore(runs, (state) => state.busyRunId !== null);
  const stop = useRef<HTMLButtonElement>(null);
  const answer = (approve: boolean) => void runs.getState().confirm(runId, confirmation.stepId, approve);
  return (
    <ModalDialog
      heading="Confirm before this step runs"
      onClose={onSetAside}
      className="rb-confirm-dialog"
      testId="confirm-dialog"
      initialFocus={stop}
    >
      <ConfirmationDetails confirmation={confirmation} stepTitle={stepTitle} />
      <div className="dialog-buttons">
        <button
          ref={stop}
          type="button"
          className="plain-button"
          disabled={busy}
          onClick={() => answer(false)}
          data-testid="confirm-stop"
        >
          Stop run
        </button>
        <button
          type="button"
          className="danger-button"
          disabled={busy}
          onClick={() => answer(true)}
          data-testid="confirm-approve"
        >
          Approve
        </button>
      </div>
    </ModalDialog>
  );
}
