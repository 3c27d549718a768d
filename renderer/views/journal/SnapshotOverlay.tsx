import { useStore } from 'zustand';
import { dateAndTime } from '../../journal/timeFormat';
import { ModalDialog } from '../../shell/ModalDialog';
import { selectOpenedSnapshot, selectSnapshotOpenId } from '../../state/journal/snapshotsStore';
import { useJournal } from './journalHooks';
import { SnapshotPanelCard } from './SnapshotPanelCard';

/** An opened snapshot over the journal: its panels and values, or why it has none. */
export function SnapshotOverlay() {
  const { snapshots } = useJournal();
  const openId = useStore(snapshots, selectSnapshotOpenId);
  const opened = useStore(snapshots, selectOpenedSnapshot);
  if (openId === null) return null;
  const content = opened?.content;
  return (
    <ModalDialog
      heading={opened ? opened.summary.label : `Snapshot #${openId}`}
      onClose={() => snapshots.getState().close()}
      className="snapshot-dialog"
      testId="snapshot-dialog"
    >
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
    </ModalDialog>
  );
}
