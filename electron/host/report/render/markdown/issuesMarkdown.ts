import type { ReportIssue, ReportModel } from '../../../../../shared/report/reportModel';
import { formatTime } from '../reportFormat';
import { evidenceLinks } from './evidenceLinks';
import { blockText, inlineText } from './markdownEscape';
import { timelineTable } from './timelineRows';

/** The issues, worst severity first, each with its owner, status, resolution, history and actions. */
export function issuesMarkdown(model: ReportModel): string {
  const groups = model.issues.bySeverity;
  if (groups.length === 0) return ['## Issues by severity', 'No issue was logged.'].join('\n\n');
  return [
    '## Issues by severity',
    ...groups.flatMap((group) => [
      `### SEV${group.severity}: ${inlineText(group.meaning)}`,
      ...group.issues.map(issueMarkdown),
    ]),
  ].join('\n\n');
}

function issueMarkdown(issue: ReportIssue): string {
  const facts = [
    `**Status:** ${issue.status}`,
    `**Owner:** ${issue.owner === null ? 'nobody assigned' : inlineText(issue.owner)}`,
    `**Opened:** ${formatTime(issue.openedAtMs)} by ${inlineText(issue.openedBy)}`,
    `**Resolved:** ${issue.resolvedAtMs === null ? 'not resolved' : formatTime(issue.resolvedAtMs)}`,
    `**Resolution:** ${issue.resolution === null ? 'none recorded' : inlineText(issue.resolution)}`,
    `**Snapshots:** ${issue.snapshotIds.length === 0 ? 'none' : issue.snapshotIds.map((id) => `snapshot ${id}`).join(', ')}`,
    `**Evidence:** ${evidenceLinks(issue.evidence)}`,
  ];
  const description = blockText(issue.description);
  return [
    `#### Issue ${issue.id}: ${inlineText(issue.title)}`,
    facts.map((fact) => `- ${fact}`).join('\n'),
    ...(description === '' ? [] : ['**Description:**', description]),
    actionItems(issue),
    issue.events.length === 0 ? 'No event recorded.' : timelineTable(issue.events, false),
  ].join('\n\n');
}

function actionItems(issue: ReportIssue): string {
  if (issue.actionItems.length === 0) return 'Action items: none.';
  const lines = issue.actionItems.map((item) => {
    const owner = item.owner === null ? 'no owner' : `owner ${inlineText(item.owner)}`;
    const due = item.due === null ? 'no due date' : `due ${inlineText(item.due)}`;
    return `- ${inlineText(item.text)} (${owner}, ${due})`;
  });
  return `Action items:\n\n${lines.join('\n')}`;
}
