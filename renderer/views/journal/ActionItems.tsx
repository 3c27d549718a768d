import { type FormEvent, useState } from 'react';
import { useStore } from 'zustand';
import type { IssueDetail } from '../../../shared/journalTypes';
import { useJournal } from './journalHooks';

/** What must be done about an issue, by whom and by when; operators add items. */
export function ActionItems({ issue, canWrite }: { issue: IssueDetail; canWrite: boolean }) {
  const { issues } = useJournal();
  const busy = useStore(issues, (state) => state.busy);
  const [text, setText] = useState('');
  const [owner, setOwner] = useState('');
  const [due, setDue] = useState('');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return;
    const added = await issues.getState().addActionItem({
      issueId: issue.id,
      text: text.trim(),
      ...(owner.trim() ? { owner: owner.trim() } : {}),
      ...(due ? { due } : {}),
    });
    if (added) {
      setText('');
      setOwner('');
      setDue('');
    }
  };

  return (
    <section className="issue-section">
      <h4>Action items</h4>
      {issue.actionItems.length === 0 ? (
        <p className="panel-empty">None yet.</p>
      ) : (
        <ul className="action-items" data-testid="action-items">
          {issue.actionItems.map((item) => (
            <li key={item.id}>
              {item.text}
              <span className="panel-item-detail">
                {item.owner ?? 'no owner'}
                {item.due && ` · due ${item.due}`}
              </span>
            </li>
          ))}
        </ul>
      )}
      {canWrite && (
        <form className="action-item-form" onSubmit={submit} data-testid="action-item-form">
          <input
            required
            maxLength={200}
            placeholder="Action item"
            aria-label="Action item"
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
          <input
            maxLength={64}
            placeholder="Owner"
            aria-label="Owner"
            value={owner}
            onChange={(event) => setOwner(event.target.value)}
          />
          <input
            type="date"
            aria-label="Due date"
            value={due}
            onChange={(event) => setDue(event.target.value)}
          />
          <button type="submit" className="plain-button" disabled={busy || !text.trim()}>
            Add
          </button>
        </form>
      )}
    </section>
  );
}
