import type { RunSummary } from '../../../shared/runbookRunTypes';
import { useNow } from './runbookHooks';
import { elapsedText, whenText } from './runbookText';
import { RunStatusBadge, StepStatusBadge } from './StatusBadges';

/** The runbook's runs on record, newest first; each opens to its steps' results. */
export function RunHistory({ history }: { history: readonly RunSummary[] }) {
  const now = useNow(false);
  const newestFirst = [...history].sort((a, b) => b.startedAt - a.startedAt);
  return (
    <section className="rb-history" aria-labelledby="rb-history-title" data-testid="run-history">
      <h3 id="rb-history-title">History</h3>
      {newestFirst.length === 0 ? (
        <p className="rb-muted">No runs on record yet.</p>
      ) : (
        <ul className="rb-history-list">
          {newestFirst.map((run) => (
            <li key={run.runId} data-testid={`history-${run.runId}`}>
              <details>
                <summary>
                  <span className="rb-history-when">{whenText(run.startedAt, now)}</span>
                  <RunStatusBadge status={run.status} />
                  <span>{run.startedBy}</span>
                  <span className="rb-muted">in {run.environment}</span>
                  {run.finishedAt !== null && (
                    <span className="rb-muted">{elapsedText(run.finishedAt - run.startedAt)}</span>
                  )}
                  {run.reason && <span className="rb-history-reason">{run.reason}</span>}
                </summary>
                <ol className="rb-history-steps">
                  {run.steps.map((step) => (
                    <li key={step.stepId}>
                      <StepStatusBadge status={step.status} />
                      <span>{step.title}</span>
                      {step.exitCode !== null && <span className="rb-muted">exit {step.exitCode}</span>}
                    </li>
                  ))}
                </ol>
              </details>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
