import type { EventKind, JournalEvent } from '../../../shared/journalTypes';
import type { TimelineSection } from '../../../shared/report/reportModel';

/**
 * The kinds a reviewer looks for first: what went wrong, what was done, what was decided. The
 * journal has no stars, so these stand in for starred events.
 */
export const KEY_EVENT_KINDS: ReadonlySet<EventKind> = new Set<EventKind>([
  'day.started',
  'day.ended',
  'decision',
  'signoff.overridden',
  'issue.opened',
  'issue.resolved',
  'threshold.breached',
  'threshold.recovered',
  'alert.firing',
  'alert.resolved',
  'datasource.down',
  'datasource.up',
  'runbook.started',
  'runbook.finished',
  'fault.set',
  'fault.cleared',
  'service.down',
  'service.up',
  'load.started',
  'k6.threshold.failed',
  'k6.threshold.recovered',
  'k6.summary',
  'k6.control',
]);

/** Every event of the day in journal order, the key ones marked. */
export function timelineSection(events: readonly JournalEvent[]): TimelineSection {
  return {
    entries: [...events]
      .sort((a, b) => a.seq - b.seq)
      .map((event) => ({
        seq: event.seq,
        key: KEY_EVENT_KINDS.has(event.kind),
        atMs: event.time,
        kind: event.kind,
        actor: event.actor,
        subject: event.subject,
        severity: event.severity,
      })),
    omitted: 0,
  };
}
