import { type ReactNode, useRef } from 'react';
import { ModalDialog } from '../../shell/ModalDialog';

interface ConfirmDialogProps {
  heading: string;
  /** The button that goes ahead, named for what it does ("Stop the sandbox"). */
  confirmLabel: string;
  onConfirm(): void;
  onCancel(): void;
  children: ReactNode;
}

/** Asks before something that ends or breaks the system under test; Cancel has the focus. */
export function ConfirmDialog({ heading, confirmLabel, onConfirm, onCancel, children }: ConfirmDialogProps) {
  const cancel = useRef<HTMLButtonElement>(null);
  return (
    <ModalDialog
      heading={heading}
      onClose={onCancel}
      className="confirm-dialog"
      testId="rehearsal-confirm"
      initialFocus={cancel}
    >
      <div className="confirm-text">{children}</div>
      <div className="dialog-buttons">
        <button ref={cancel} type="button" className="plain-button" onClick={onCancel}>
          Cancel
        </button>
        <button
          type="button"
          className="danger-button"
          onClick={onConfirm}
          data-testid="rehearsal-confirm-accept"
        >
          {confirmLabel}
        </button>
      </div>
    </ModalDialog>
  );
}
