import type { ConfirmationRequest } from '../../../shared/runbookRunTypes';

/** What a person must see before a dangerous step runs: where it acts, why it asks, the exact command. */
export function ConfirmationDetails({
  confirmation,
  stepTitle,
}: {
  confirmation: ConfirmationRequest;
  stepTitle: string;
}) {
  const context = Object.entries(confirmation.context);
  return (
    <div className="rb-confirmation">
      <dl className="rb-facts">
        <dt>Step</dt>
        <dd>{stepTitle}</dd>
        <dt>Environment</dt>
        <dd data-testid="confirm-environment">{confirmation.environment}</dd>
        <dt>Context</dt>
        <dd data-testid="confirm-context">
          {context.length === 0 ? (
            <span className="rb-muted">no context variables named</span>
          ) : (
            context.map(([name, value]) => (
              <span key={name} className="rb-mono rb-context-pair">
                {name}={value}
              </span>
            ))
          )}
        </dd>
        <dt>Why it asks</dt>
        <dd>
          <ul className="rb-reasons" data-testid="confirm-reasons">
            {confirmation.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </dd>
      </dl>
      <pre className="rb-confirm-command" data-testid="confirm-command">
        {confirmation.command}
      </pre>
    </div>
  );
}
