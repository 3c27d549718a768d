import { ApiError } from '../../../shared/apiErrors';
import type {
  DayInfo,
  IssueDetail,
  JournalEvent,
  SnapshotContent,
  SnapshotSummary,
  TranscriptSummary,
} from '../../../shared/journalTypes';
import type { Journal } from './journal';

/** Events read per query while exporting: bounded memory per step on a long day. */
const EXPORT_PAGE = 500;

/** Everything recorded on one test day, as plain JSON for scripts and archives. */
export interface DayExport {
  format: 'warroom-journal-export';
  formatVersion: 1;
  schemaVersion: number;
  exportedAt: string;
  journal: string;
  day: DayInfo;
  events: JournalEvent[];
  issues: IssueDetail[];
  snapshots: Array<{ summary: SnapshotSummary; content: SnapshotContent }>;
  transcripts: Array<TranscriptSummary & { text: string }>;
}

/** A day named by id or by name; without one, the day being recorded, else the newest. */
export function findDay(journal: Journal, which?: string): DayInfo {
  const days = journal.days();
  if (which === undefined) {
    const day = journal.currentDay() ?? days[0];
    if (!day) throw new ApiError('not_found', `the journal ${journal.path} has no test days yet`);
    return day;
  }
  const byId = /^\d+$/.test(which) ? days.find((day) => day.id === Number(which)) : undefined;
  const day = byId ?? days.find((candidate) => candidate.name === which);
  if (!day) {
    const known = days.map((candidate) => `${candidate.id} "${candidate.name}"`).join(', ') || 'none';
    throw new ApiError(
      'not_found',
      `no test day ${JSON.stringify(which)} in ${journal.path} (days: ${known})`,
    );
  }
  return day;
}

/**
 * The whole day as plain JSON. `transcripts: false` leaves the command outputs out (the report
 * never shows them: its appendix has each command's exit code and duration, not its output);
 * `snapshots: false` leaves the snapshots out, for a reader that keeps its own.
 */
export function exportDay(
  journal: Journal,
  day: DayInfo,
  now = new Date(),
  options: { transcripts: boolean; snapshots?: boolean } = { transcripts: true },
): DayExport {
  const events: JournalEvent[] = [];
  for (let offset = 0; ; offset += EXPORT_PAGE) {
    const page = journal.timeline(day.id, {}, offset, EXPORT_PAGE);
    events.push(...page.events);
    if (page.events.length < EXPORT_PAGE) break;
  }
  return {
    format: 'warroom-journal-export',
    formatVersion: 1,
    schemaVersion: journal.schemaVersion,
    exportedAt: now.toISOString(),
    journal: journal.path,
    day,
    events,
    issues: journal.issues(day.id).map((issue) => journal.issue(issue.id)),
    snapshots:
      options.snapshots === false
        ? []
        : journal.snapshots(day.id).map((summary) => journal.snapshot(summary.id)),
    transcripts: options.transcripts
      ? journal
          .transcripts(day.id)
          .map((summary) => ({ ...summary, text: journal.transcript(summary.id).text }))
      : [],
  };
}
