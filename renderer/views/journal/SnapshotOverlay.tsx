import { useEffect, useRef } from 'react';
import { useStore } from 'zustand';
import { dateAndTime } from '../../journal/timeFormat';
import { selectOpenedSnapshot, selectSnapshotOpenId } from '../../state/journal/snapshotsStore';
import { useJournal } from './journalHooks';
import { SnapshotPanelCard } from './SnapshotPanelCard';

/** An opened snapshot over the journal: its panels and values, or why it has none. */
export function SnapshotOverlay() {
  const { snapshots } = useJournal();
  const openId = useStore(snapshots, selectSnapshotOpenId);
  const opened = useStore(snapshots, selectOpenedSnapshot);
  const closeButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (openId === null) return;
    const previous = document.activeElement;
    closeButton.current?.focus();
    return () => {
      if (previous instanceof HTMLElement) previous.focus();
    };
  }, [openId]);

  if (openId === null) return null;
  const close = () => snapshots.getState().close();
  const content = opened?.content;
  return (
    <div className="overlay-backdrop">
      <div
        className="help-dialog snapshot-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="snapshot-title"
        data-testid="snapshot-dialog"
        onKeyDown={(event) => {
          if (event.key !== 'Escape') return;
          event.preventDefault();
          close();
        }}
      >
        <div className="help-dialog-heading">
          <h2 id="snapshot-title">{opened ? opened.summary.label : `Snapshot #${openId}`}</h2>
          <button ref={closeButton} type="button" className="icon-button" aria-label="Close" onClick={close}>
            ×
          </button>
        </div>
        {!content ? (
          <p className="panel-empty">Loading…</p>
        ) : (
          <>
            <p className="panel-item-detail">Taken {dateAndTime(content.takenAt)}</p>
            {content.panels.length === 0 ? (
              <p data-testid="snapshot-note">{content.note ?? 'No panels were captured.'}</p>
            ) : (
              <div className="snapshot-panels">
                {content.panels.map((panel) => (
                  <SnapshotPanelCard key={panel.title} panel={panel} />
                ))}
              </div>
            )}
          </>
        )}
      </div>
    </div>
  );
}
