import type { JournalEvent } from '../../../shared/journalTypes';
import type { TimelineSection } from '../../../shared/report/reportModel';

/** Every event of the day in journal order; the journal has no notion of a starred event to put first. */
export function timelineSection(events: readonly JournalEvent[]): TimelineSection {
  return {
    entries: [...events]
      .sort((a, b) => a.seq - b.seq)
      .map((event) => ({
        seq: event.seq,
        atMs: event.time,
        kind: event.kind,
        actor: event.actor,
        subject: event.subject,
        severity: event.severity,
      })),
  };
}
