import { type ReactNode, type RefObject, useEffect, useId, useRef } from 'react';

interface ModalDialogProps {
  /** The heading, also the dialog's accessible name. */
  heading: ReactNode;
  onClose(): void;
  /** Extra classes beside help-dialog. */
  className?: string;
  testId?: string;
  /** What takes the focus when the dialog opens; the close button when not given. */
  initialFocus?: RefObject<HTMLElement | null>;
  children: ReactNode;
}

/**
 * A modal over the console: a heading with a close button, Escape closes it, and the focus
 * goes back where it was (a terminal, most often) when it closes. Mounted only while open.
 */
export function ModalDialog({
  heading,
  onClose,
  className,
  testId,
  initialFocus,
  children,
}: ModalDialogProps) {
  const headingId = useId();
  const closeButton = useRef<HTMLButtonElement>(null);

  // Where the focus was is read before the dialog takes it (autoFocus would move it first).
  useEffect(() => {
    const previous = document.activeElement;
    (initialFocus?.current ?? closeButton.current)?.focus();
    return () => {
      if (previous instanceof HTMLElement) previous.focus();
    };
  }, [initialFocus]);

  return (
    <div className="overlay-backdrop">
      <div
        className={className ? `help-dialog ${className}` : 'help-dialog'}
        role="dialog"
        aria-modal="true"
        aria-labelledby={headingId}
        data-testid={testId}
        onKeyDown={(event) => {
          if (event.key !== 'Escape') return;
          event.preventDefault();
          onClose();
        }}
      >
        <div className="help-dialog-heading">
          <h2 id={headingId}>{heading}</h2>
          <button
            ref={closeButton}
            type="button"
            className="icon-button"
            aria-label="Close"
            onClick={onClose}
          >
            ×
          </button>
        </div>
        {children}
      </div>
    </div>
  );
}
