import { useStore } from 'zustand';
import { selectOpenIssueId } from '../../state/journal/issuesStore';
import { type JournalPanelTab, selectPanelTab } from '../../state/journal/journalPanelStore';
import { ErrorNotice } from './ErrorNotice';
import { IssueDetailPanel } from './IssueDetailPanel';
import { IssueList } from './IssueList';
import { useJournal } from './journalHooks';
import { SnapshotList } from './SnapshotList';
import { TranscriptList } from './TranscriptList';
import { TranscriptViewer } from './TranscriptViewer';

const TABS: readonly { id: JournalPanelTab; label: string }[] = [
  { id: 'issues', label: 'Issues' },
  { id: 'snapshots', label: 'Snapshots' },
  { id: 'transcripts', label: 'Transcripts' },
];

function IssuesTab() {
  const { issues } = useJournal();
  const openId = useStore(issues, selectOpenIssueId);
  const error = useStore(issues, (state) => state.error);
  return (
    <div className="panel-body">
      <ErrorNotice message={error} onDismiss={() => issues.getState().dismissError()} />
      {openId === null ? <IssueList /> : <IssueDetailPanel />}
    </div>
  );
}

function TranscriptsTab() {
  const { transcripts } = useJournal();
  const openId = useStore(transcripts, (state) => state.openId);
  const error = useStore(transcripts, (state) => state.error);
  return (
    <>
      <ErrorNotice message={error} onDismiss={() => transcripts.getState().dismissError()} />
      {openId === null ? <TranscriptList /> : <TranscriptViewer />}
    </>
  );
}

/** Beside the timeline: the day's issues, snapshots and transcripts, one tab at a time. */
export function JournalSidePanel() {
  const { panel } = useJournal();
  const tab = useStore(panel, selectPanelTab);
  return (
    <aside className="journal-side" aria-label="Issues, snapshots and transcripts">
      <div className="journal-tabs" role="tablist">
        {TABS.map(({ id, label }) => (
          <button
            key={id}
            type="button"
            role="tab"
            className="journal-tab"
            aria-selected={tab === id}
            onClick={() => panel.getState().show(id)}
            data-testid={`journal-tab-${id}`}
          >
            {label}
          </button>
        ))}
      </div>
      <div className="journal-side-content" role="tabpanel">
        {tab === 'issues' && <IssuesTab />}
        {tab === 'snapshots' && <SnapshotList />}
        {tab === 'transcripts' && <TranscriptsTab />}
      </div>
    </aside>
  );
}
