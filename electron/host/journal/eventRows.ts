import type { EventKind, JournalEvent } from '../../../shared/journalTypes';

/** An events row as SQLite returns it. */
export interface EventRow {
  seq: number;
  day_id: number;
  time: number;
  kind: string;
  actor: string;
  subject: string;
  severity: number | null;
  payload: string;
  prev_hash: string;
  hash: string;
}

export const EVENT_COLUMNS = 'seq, day_id, time, kind, actor, subject, severity, payload, prev_hash, hash';

export function eventFromRow(row: EventRow): JournalEvent {
  return {
    seq: row.seq,
    dayId: row.day_id,
    time: row.time,
    kind: row.kind as EventKind,
    actor: row.actor,
    subject: row.subject,
    severity: row.severity,
    payload: JSON.parse(row.payload) as Record<string, unknown>,
  };
}
