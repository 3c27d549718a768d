import { useStore } from 'zustand';
import { clockTime } from '../../journal/timeFormat';
import { selectIssueList } from '../../state/journal/issuesStore';
import { IssueStatusBadge, SeverityBadge } from './Badges';
import { useJournal } from './journalHooks';

/** The day's issues, worst first as the host orders them; one click opens the detail. */
export function IssueList() {
  const { issues } = useJournal();
  const list = useStore(issues, selectIssueList);
  if (list.length === 0) {
    return <p className="panel-empty">No issues logged on this day.</p>;
  }
  return (
    <ul className="panel-list" data-testid="issue-list">
      {list.map((issue) => (
        <li key={issue.id}>
          <button
            type="button"
            className="panel-list-item"
            onClick={() => void issues.getState().open(issue.id)}
            data-testid="issue-row"
            data-issue-id={issue.id}
          >
            <SeverityBadge severity={issue.severity} />
            <span className="panel-item-title">
              #{issue.id} {issue.title}
            </span>
            <IssueStatusBadge status={issue.status} />
            <span className="panel-item-detail">
              {issue.owner ?? 'no owner'} · {clockTime(issue.openedAt)}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
