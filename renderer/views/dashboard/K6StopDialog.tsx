import { useRef } from 'react';
import { ModalDialog } from '../../shell/ModalDialog';

/** Asks before k6 is stopped: a stopped run cannot be resumed. Keep running has the focus. */
export function K6StopDialog({ onStop, onCancel }: { onStop(): void; onCancel(): void }) {
  const cancel = useRef<HTMLButtonElement>(null);
  return (
    <ModalDialog
      heading="Stop the k6 test?"
      onClose={onCancel}
      className="confirm-dialog"
      testId="k6-stop-confirm"
      initialFocus={cancel}
    >
      <p className="k6-dialog-text">
        Stopping ends the test for good: k6 cannot resume a stopped run, and the load would have to start
        again from the beginning. To hold the load for a while, pause it instead.
      </p>
      <div className="dialog-buttons">
        <button ref={cancel} type="button" className="plain-button" onClick={onCancel}>
          Keep running
        </button>
        <button type="button" className="danger-button" onClick={onStop} data-testid="k6-stop-confirm-accept">
          Stop the test
        </button>
      </div>
    </ModalDialog>
  );
}
