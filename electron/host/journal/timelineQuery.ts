import type { JournalEvent, TimelineFilter } from '../../../shared/journalTypes';
import { EVENT_COLUMNS, type EventRow, eventFromRow } from './eventRows';
import type { JournalDatabase } from './openJournalDatabase';
import { statement } from './statementCache';

/** Events by seq, in order; missing seqs are skipped. */
export function eventsBySeq(db: JournalDatabase, seqs: readonly number[]): JournalEvent[] {
  if (seqs.length === 0) return [];
  const rows = statement(
    db,
    `SELECT ${EVENT_COLUMNS} FROM events WHERE seq IN (${placeholders(seqs.length)}) ORDER BY seq`,
  ).all(...seqs) as EventRow[];
  return rows.map(eventFromRow);
}

/** The SQL condition (and its parameters) that selects a day's events under a filter. */
export function whereClause(dayId: number, filter: TimelineFilter): { where: string; params: unknown[] } {
  const conditions = ['day_id = ?'];
  const params: unknown[] = [dayId];
  if (filter.kinds && filter.kinds.length > 0) {
    conditions.push(`kind IN (${placeholders(filter.kinds.length)})`);
    params.push(...filter.kinds);
  }
  if (filter.severities && filter.severities.length > 0) {
    conditions.push(`severity IN (${placeholders(filter.severities.length)})`);
    params.push(...filter.severities);
  }
  const actor = filter.actor?.trim();
  if (actor) {
    conditions.push('actor = ? COLLATE NOCASE');
    params.push(actor);
  }
  const text = filter.text?.trim().toLowerCase();
  if (text) {
    conditions.push('(instr(lower(subject), ?) > 0 OR instr(lower(payload), ?) > 0)');
    params.push(text, text);
  }
  return { where: conditions.join(' AND '), params };
}

function placeholders(count: number): string {
  return Array.from({ length: count }, () => '?').join(', ');
}
