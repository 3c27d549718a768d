import { type FormEvent, useState } from 'react';
import { useStore } from 'zustand';
import { useCanOperate, useJournal } from './journalHooks';

/** Who this console's events are attributed to; an operator can put their own name. */
export function OperatorName() {
  const { day } = useJournal();
  const actor = useStore(day, (state) => state.status?.actor ?? null);
  const canOperate = useCanOperate();
  const [editing, setEditing] = useState<string | null>(null);
  if (actor === null) return null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (editing?.trim() && (await day.getState().setOperator(editing.trim()))) setEditing(null);
  };

  if (editing !== null) {
    return (
      <form className="operator-name" onSubmit={submit}>
        <input
          aria-label="Your name"
          maxLength={64}
          value={editing}
          onChange={(event) => setEditing(event.target.value)}
          data-testid="operator-name-input"
        />
        <button type="submit" className="plain-button">
          Save
        </button>
        <button type="button" className="plain-button" onClick={() => setEditing(null)}>
          Cancel
        </button>
      </form>
    );
  }
  return (
    <span className="operator-name" data-testid="journal-actor">
      Recording as <strong>{actor}</strong>
      {canOperate && (
        <button type="button" className="plain-button" onClick={() => setEditing(actor)}>
          Change
        </button>
      )}
    </span>
  );
}
