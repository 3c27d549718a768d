/** A store's last failure, in words, until dismissed or the next success. */
export function ErrorNotice({
  message,
  onDismiss,
  testId = 'journal-error',
}: {
  message: string | null;
  onDismiss(): void;
  testId?: string;
}) {
  if (!message) return null;
  return (
    <div className="action-error" role="alert" data-testid={testId}>
      <span>{message}</span>
      <button type="button" className="icon-button" aria-label="Dismiss" onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
