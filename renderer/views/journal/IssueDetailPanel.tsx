import { useStore } from 'zustand';
import { clockTime, dateAndTime } from '../../journal/timeFormat';
import { selectOpenIssue, selectOpenIssueId } from '../../state/journal/issuesStore';
import { ActionItems } from './ActionItems';
import { IssueStatusBadge, KindBadge, SeverityBadge } from './Badges';
import { IssueEditForm } from './IssueEditForm';
import { useCanWriteJournal, useJournal } from './journalHooks';

/** One issue in full: its state, description, action items, history and snapshots. */
export function IssueDetailPanel() {
  const { issues, snapshots } = useJournal();
  const openId = useStore(issues, selectOpenIssueId);
  const issue = useStore(issues, selectOpenIssue);
  const canWrite = useCanWriteJournal();
  const back = (
    <button
      type="button"
      className="plain-button"
      onClick={() => issues.getState().close()}
      data-testid="issue-back"
    >
      ← All issues
    </button>
  );
  if (!issue) {
    return (
      <div className="issue-detail">
        {back}
        <p className="panel-empty">Loading issue #{openId}…</p>
      </div>
    );
  }

  return (
    <div className="issue-detail" data-testid="issue-detail" data-issue-id={issue.id}>
      {back}
      <h3 className="issue-title">
        <SeverityBadge severity={issue.severity} /> #{issue.id} {issue.title}
      </h3>
      <p className="issue-meta">
        <IssueStatusBadge status={issue.status} /> owner {issue.owner ?? 'none'} · opened by {issue.openedBy}{' '}
        {dateAndTime(issue.openedAt)} · updated {clockTime(issue.updatedAt)}
      </p>
      {issue.description && <p className="issue-description">{issue.description}</p>}
      {/* Keyed by update time: the form starts again from what the host holds after each change. */}
      {canWrite && <IssueEditForm key={issue.updatedAt} issue={issue} />}
      <ActionItems issue={issue} canWrite={canWrite} />
      <section className="issue-section">
        <h4>History and linked events</h4>
        <ul className="linked-events" data-testid="issue-events">
          {issue.events.map((event) => (
            <li key={event.seq} data-seq={event.seq}>
              <span className="timeline-time">{clockTime(event.time)}</span> <KindBadge kind={event.kind} />{' '}
              {event.actor}: {event.subject}
            </li>
          ))}
        </ul>
      </section>
      <section className="issue-section">
        <h4>Snapshots</h4>
        {issue.snapshots.length === 0 ? (
          <p className="panel-empty">None.</p>
        ) : (
          <ul className="panel-list">
            {issue.snapshots.map((snapshot) => (
              <li key={snapshot.id}>
                <button
                  type="button"
                  className="panel-list-item"
                  onClick={() => void snapshots.getState().open(snapshot.id)}
                  data-testid="issue-snapshot"
                >
                  {snapshot.label} · {clockTime(snapshot.takenAt)} · {snapshot.panelCount} panels
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
