import { createIssuesStore, type IssuesStore } from '../state/journal/issuesStore';
import type { JournalAccess } from '../state/journal/journalAccess';
import { createJournalDayStore, type JournalDayStore } from '../state/journal/journalDayStore';
import { createJournalPanelStore, type JournalPanelStore } from '../state/journal/journalPanelStore';
import { createLogIssueStore, type LogIssueStore } from '../state/journal/logIssueStore';
import { createNoteStore, type NoteStore } from '../state/journal/noteStore';
import { createSnapshotsStore, type SnapshotsStore } from '../state/journal/snapshotsStore';
import { createTimelineStore, type TimelineStore } from '../state/journal/timelineStore';
import { createTranscriptsStore, type TranscriptsStore } from '../state/journal/transcriptsStore';
import type { SettingsStorage } from '../state/settingsStore';

/** Every store of the journal view, plus the quick "Log issue" dialog's. */
export interface JournalStores {
  readonly day: JournalDayStore;
  readonly timeline: TimelineStore;
  readonly issues: IssuesStore;
  readonly snapshots: SnapshotsStore;
  readonly transcripts: TranscriptsStore;
  readonly panel: JournalPanelStore;
  readonly note: NoteStore;
  readonly logIssue: LogIssueStore;
}

export function createJournalStores(
  access: JournalAccess,
  storage: SettingsStorage | null = null,
): JournalStores {
  return {
    day: createJournalDayStore(access, storage),
    timeline: createTimelineStore(access),
    issues: createIssuesStore(access),
    snapshots: createSnapshotsStore(access),
    transcripts: createTranscriptsStore(access),
    panel: createJournalPanelStore(),
    note: createNoteStore(access),
    logIssue: createLogIssueStore(access),
  };
}
