import { useRef } from 'react';
import { ModalDialog } from '../../shell/ModalDialog';

/** Asks before a run is stopped: its current step is killed and the run ends. Cancel has the focus. */
export function StopRunDialog({
  title,
  onStop,
  onCancel,
}: {
  title: string;
  onStop(): void;
  onCancel(): void;
}) {
  const cancel = useRef<HTMLButtonElement>(null);
  return (
    <ModalDialog heading="Stop this run?" onClose={onCancel} testId="stop-confirm" initialFocus={cancel}>
      <p className="rb-dialog-text">
        Stopping “{title}” kills the step that runs now and ends the run. Steps not reached stay pending.
      </p>
      <div className="dialog-buttons">
        <button ref={cancel} type="button" className="plain-button" onClick={onCancel}>
          Keep running
        </button>
        <button type="button" className="danger-button" onClick={onStop} data-testid="stop-confirm-accept">
          Stop run
        </button>
      </div>
    </ModalDialog>
  );
}
