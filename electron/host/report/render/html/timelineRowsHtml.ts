import type { EventKind, Severity } from '../../../../../shared/journalTypes';
import { escapeHtml } from './htmlEscape';
import { seqLinkHtml } from './htmlEvidence';
import { chunkedEventTable } from './rowChunks';
import { sameSecondTime } from './sameSecondTime';

export interface EventRow {
  seq: number;
  atMs: number;
  kind: EventKind;
  actor: string;
  subject: string;
  severity?: Severity | null;
}

export const EVENT_HEADERS = ['Time', '#', 'Kind', 'Actor', 'Subject'] as const;

/** The kind, with the severity when the event has one: `issue.opened (SEV2)`. */
export function kindCell(row: EventRow): string {
  const kind = escapeHtml(row.kind);
  return row.severity ? `${kind} (SEV${row.severity})` : kind;
}

/** Events that link to their rows of the day's timeline (an issue's history, the key events). */
export function eventsTable(rows: readonly EventRow[], className = 'events'): string {
  const time = sameSecondTime();
  return chunkedEventTable(
    EVENT_HEADERS,
    rows,
    (row) =>
      `<tr><td>${time(row.atMs)}</td><td>${seqLinkHtml(row.seq)}</td><td>${kindCell(row)}</td><td>${escapeHtml(row.actor)}</td><td>${escapeHtml(row.subject)}</td></tr>`,
    className,
    null,
  );
}
