import type { ReportIssue, ReportModel } from '../../../../../shared/report/reportModel';
import { formatTime } from '../reportFormat';
import { snapshotChartHtml } from './charts/snapshotChartHtml';
import { escapeHtml } from './htmlEscape';
import { evidenceHtml, snapshotAnchorId } from './htmlEvidence';
import { factList } from './htmlTable';
import type { SnapshotPlacement } from './snapshotPlacement';
import { eventsTable } from './timelineRowsHtml';

/** The issues, worst severity first, each with its owner, status, resolution, history, actions and snapshots. */
export function issuesHtml(model: ReportModel, placement: SnapshotPlacement): string {
  const groups = model.issues.bySeverity;
  const open = '<section id="issues" class="major"><h2>Issues by severity</h2>';
  if (groups.length === 0) return `${open}<p>No issue was logged.</p></section>`;
  return [
    open,
    ...groups.map(
      (group) =>
        `<h3>SEV${group.severity}: ${escapeHtml(group.meaning)}</h3>${group.issues.map((issue) => issueHtml(issue, placement)).join('')}`,
    ),
    '</section>',
  ].join('');
}

function issueHtml(issue: ReportIssue, placement: SnapshotPlacement): string {
  const facts = factList([
    ['Status', escapeHtml(issue.status)],
    ['Owner', issue.owner === null ? 'nobody assigned' : escapeHtml(issue.owner)],
    ['Opened', `${formatTime(issue.openedAtMs)} by ${escapeHtml(issue.openedBy)}`],
    ['Resolved', issue.resolvedAtMs === null ? 'not resolved' : formatTime(issue.resolvedAtMs)],
    ['Resolution', issue.resolution === null ? 'none recorded' : escapeHtml(issue.resolution)],
    ['Snapshots', snapshotLinks(issue, placement)],
    ['Evidence', evidenceHtml(issue.evidence)],
  ]);
  const description = issue.description.trim();
  const drawn = issue.snapshotIds.flatMap((id) => {
    const chart = placement.charts.get(id);
    return chart && placement.issueOf.get(id) === issue.id ? [snapshotChartHtml(chart)] : [];
  });
  return [
    `<article class="issue severity-${issue.severity}" id="issue-${issue.id}">`,
    `<h4>Issue ${issue.id}: ${escapeHtml(issue.title)}</h4>`,
    facts,
    description === ''
      ? ''
      : `<p class="label">Description:</p><p class="text-block">${escapeHtml(description)}</p>`,
    actionItems(issue),
    issue.events.length === 0 ? '<p>No event recorded.</p>' : eventsTable(issue.events),
    drawn.join(''),
    '</article>',
  ].join('');
}

/** Each snapshot links to its drawing; one the model draws nowhere is named only. */
function snapshotLinks(issue: ReportIssue, placement: SnapshotPlacement): string {
  if (issue.snapshotIds.length === 0) return 'none';
  return issue.snapshotIds
    .map((id) =>
      placement.charts.has(id) ? `<a href="#${snapshotAnchorId(id)}">snapshot ${id}</a>` : `snapshot ${id}`,
    )
    .join(', ');
}

function actionItems(issue: ReportIssue): string {
  if (issue.actionItems.length === 0) return '<p>Action items: none.</p>';
  const items = issue.actionItems.map((item) => {
    const owner = item.owner === null ? 'no owner' : `owner ${escapeHtml(item.owner)}`;
    const due = item.due === null ? 'no due date' : `due ${escapeHtml(item.due)}`;
    return `<li>${escapeHtml(item.text)} (${owner}, ${due})</li>`;
  });
  return `<p>Action items:</p><ul class="action-items">${items.join('')}</ul>`;
}
