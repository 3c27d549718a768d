import { type IssueDetail, SEVERITY_MEANINGS, type Severity } from '../../../shared/journalTypes';
import type { IssuesSection, ReportIssue } from '../../../shared/report/reportModel';
import { stringField } from './payloadFields';

/** The day's issues grouped by severity, SEV1 first, each in the order it was opened. */
export function issuesSection(issues: readonly IssueDetail[]): IssuesSection {
  const severities = [...new Set(issues.map((issue) => issue.severity))].sort((a, b) => a - b);
  return {
    bySeverity: severities.map((severity: Severity) => ({
      severity,
      meaning: SEVERITY_MEANINGS[severity] ?? `SEV${severity}`,
      issues: issues
        .filter((issue) => issue.severity === severity)
        .sort((a, b) => a.openedAt - b.openedAt || a.id - b.id)
        .map(reportIssue),
    })),
  };
}

function reportIssue(issue: IssueDetail): ReportIssue {
  const events = [...issue.events].sort((a, b) => a.seq - b.seq);
  const resolving =
    issue.status === 'resolved' ? events.findLast((one) => one.kind === 'issue.resolved') : undefined;
  return {
    id: issue.id,
    title: issue.title,
    severity: issue.severity,
    status: issue.status,
    owner: issue.owner,
    openedBy: issue.openedBy,
    openedAtMs: issue.openedAt,
    resolvedAtMs: resolving?.time ?? null,
    resolution: resolving ? stringField(resolving.payload, 'comment') : null,
    description: issue.description,
    actionItems: issue.actionItems.map((item) => ({ text: item.text, owner: item.owner, due: item.due })),
    snapshotIds: issue.snapshots.map((snapshot) => snapshot.id),
    events: events.map((event) => ({
      seq: event.seq,
      atMs: event.time,
      kind: event.kind,
      actor: event.actor,
      subject: event.subject,
    })),
    evidence: events.map((event) => event.seq),
  };
}
