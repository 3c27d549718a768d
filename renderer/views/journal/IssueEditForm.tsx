import { type FormEvent, useState } from 'react';
import { useStore } from 'zustand';
import type { IssueDetail, IssueStatus, Severity } from '../../../shared/journalTypes';
import { useJournal } from './journalHooks';
import { SeverityPicker } from './SeverityPicker';

/** Changes an issue's status, severity or owner, with a comment that goes on its history. */
export function IssueEditForm({ issue }: { issue: IssueDetail }) {
  const { issues } = useJournal();
  const busy = useStore(issues, (state) => state.busy);
  const [status, setStatus] = useState<IssueStatus>(issue.status);
  const [severity, setSeverity] = useState<Severity>(issue.severity);
  const [owner, setOwner] = useState(issue.owner ?? '');
  const [comment, setComment] = useState('');
  const ownerNow = owner.trim() || null;
  const changed = status !== issue.status || severity !== issue.severity || ownerNow !== issue.owner;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!changed && !comment.trim()) return;
    const done = await issues.getState().update({
      id: issue.id,
      ...(status !== issue.status ? { status } : {}),
      ...(severity !== issue.severity ? { severity } : {}),
      ...(ownerNow !== issue.owner ? { owner: ownerNow } : {}),
      ...(comment.trim() ? { comment: comment.trim() } : {}),
    });
    if (done) setComment('');
  };

  return (
    <form className="issue-edit" onSubmit={submit} data-testid="issue-edit-form">
      <label>
        Status
        <select
          value={status}
          onChange={(event) => setStatus(event.target.value as IssueStatus)}
          data-testid="issue-status"
        >
          <option value="open">open</option>
          <option value="mitigated">mitigated</option>
          <option value="resolved">resolved</option>
        </select>
      </label>
      <label>
        Owner
        <input
          maxLength={64}
          value={owner}
          onChange={(event) => setOwner(event.target.value)}
          data-testid="issue-owner"
        />
      </label>
      <SeverityPicker
        name={`issue-${issue.id}-severity`}
        value={severity}
        onChange={setSeverity}
        testIdPrefix="issue-severity"
      />
      <label className="issue-edit-wide">
        Comment
        <input
          maxLength={20_000}
          placeholder="What changed and why"
          value={comment}
          onChange={(event) => setComment(event.target.value)}
          data-testid="issue-comment"
        />
      </label>
      <button
        type="submit"
        className="primary-button"
        disabled={busy || (!changed && !comment.trim())}
        data-testid="issue-save"
      >
        Save
      </button>
    </form>
  );
}
