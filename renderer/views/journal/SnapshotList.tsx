import { type FormEvent, useState } from 'react';
import { useStore } from 'zustand';
import { clockTime } from '../../journal/timeFormat';
import { selectSnapshotList } from '../../state/journal/snapshotsStore';
import { ErrorNotice } from './ErrorNotice';
import { useCanWriteJournal, useJournal } from './journalHooks';

/** The day's snapshots: frozen panels, taken by hand or when an issue was logged. */
export function SnapshotList() {
  const { snapshots } = useJournal();
  const list = useStore(snapshots, selectSnapshotList);
  const busy = useStore(snapshots, (state) => state.busy);
  const error = useStore(snapshots, (state) => state.error);
  const canWrite = useCanWriteJournal();
  const [label, setLabel] = useState('');

  const take = async (event: FormEvent) => {
    event.preventDefault();
    if (label.trim() && (await snapshots.getState().take(label.trim()))) setLabel('');
  };

  return (
    <div className="panel-body">
      <ErrorNotice message={error} onDismiss={() => snapshots.getState().dismissError()} />
      {canWrite && (
        <form className="panel-form" onSubmit={take}>
          <input
            maxLength={200}
            placeholder="Label: what the panels show now"
            aria-label="Snapshot label"
            value={label}
            onChange={(event) => setLabel(event.target.value)}
          />
          <button type="submit" className="plain-button" disabled={busy || !label.trim()}>
            Take snapshot
          </button>
        </form>
      )}
      {list.length === 0 ? (
        <p className="panel-empty">No snapshots on this day.</p>
      ) : (
        <ul className="panel-list" data-testid="snapshot-list">
          {list.map((snapshot) => (
            <li key={snapshot.id}>
              <button
                type="button"
                className="panel-list-item"
                onClick={() => void snapshots.getState().open(snapshot.id)}
                data-testid="snapshot-row"
              >
                <span className="panel-item-title">{snapshot.label}</span>
                <span className="panel-item-detail">
                  {clockTime(snapshot.takenAt)} · {snapshot.panelCount} panels
                  {snapshot.issueId !== null && ` · issue #${snapshot.issueId}`}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
