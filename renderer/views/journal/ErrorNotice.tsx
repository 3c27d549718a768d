/** A store's last failure, in words, until dismissed or the next success. */
export function ErrorNotice({ message, onDismiss }: { message: string | null; onDismiss(): void }) {
  if (!message) return null;
  return (
    <div className="action-error" role="alert" data-testid="journal-error">
      <span>{message}</span>
      <button type="button" className="icon-button" aria-label="Dismiss" onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
