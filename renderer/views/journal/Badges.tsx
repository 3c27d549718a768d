import type { EventKind, IssueStatus, Severity } from '../../../shared/journalTypes';
import { SEVERITY_MEANINGS } from '../../../shared/journalTypes';

export function SeverityBadge({ severity }: { severity: Severity }) {
  return (
    <span className={`severity-badge sev-${severity}`} title={SEVERITY_MEANINGS[severity]}>
      SEV{severity}
    </span>
  );
}

/** The family of a kind ("issue" for issue.opened) picks its colour. */
export function KindBadge({ kind }: { kind: EventKind }) {
  const family = kind.split('.')[0];
  return <span className={`kind-badge kind-${family}`}>{kind}</span>;
}

export function IssueStatusBadge({ status }: { status: IssueStatus }) {
  return <span className={`issue-status status-${status}`}>{status}</span>;
}
