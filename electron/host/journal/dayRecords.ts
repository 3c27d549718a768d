import type { DayInfo, Decision } from '../../../shared/journalTypes';
import type { JournalDatabase } from './openJournalDatabase';
import { statement } from './statementCache';

interface DayRow {
  id: number;
  name: string;
  environment: string;
  operators: string;
  started_at: number;
  ended_at: number | null;
  decision: Decision | null;
  decision_reason: string | null;
}

const DAY_QUERY = 'SELECT * FROM days d';

/** How many events a day has; the console counts from its timeline index, a write with SQL. */
export type EventCounter = (dayId: number) => number;

export function sqlEventCounter(db: JournalDatabase): EventCounter {
  return (dayId) =>
    statement<[number], number>(db, 'SELECT count(*) FROM events WHERE day_id = ?').pluck().get(dayId) ?? 0;
}

function dayFromRow(row: DayRow, countEvents: EventCounter): DayInfo {
  return {
    id: row.id,
    name: row.name,
    environment: row.environment,
    operators: JSON.parse(row.operators) as string[],
    startedAt: row.started_at,
    endedAt: row.ended_at,
    decision: row.decision,
    decisionReason: row.decision_reason,
    eventCount: countEvents(row.id),
  };
}

/** The day being recorded: the newest that has not ended. */
export function currentDay(db: JournalDatabase, countEvents = sqlEventCounter(db)): DayInfo | null {
  const row = statement<[], DayRow>(
    db,
    `${DAY_QUERY} WHERE d.ended_at IS NULL ORDER BY d.id DESC LIMIT 1`,
  ).get();
  return row ? dayFromRow(row, countEvents) : null;
}

/** The id of the day being recorded, without counting its events: the append path's lookup. */
export function openDayId(db: JournalDatabase): number | null {
  const row = statement<[], { id: number }>(
    db,
    'SELECT id FROM days WHERE ended_at IS NULL ORDER BY id DESC LIMIT 1',
  ).get();
  return row?.id ?? null;
}

export function dayExists(db: JournalDatabase, id: number): boolean {
  return statement(db, 'SELECT 1 FROM days WHERE id = ?').get(id) !== undefined;
}

export function dayById(db: JournalDatabase, id: number, countEvents = sqlEventCounter(db)): DayInfo | null {
  const row = statement<[number], DayRow>(db, `${DAY_QUERY} WHERE d.id = ?`).get(id);
  return row ? dayFromRow(row, countEvents) : null;
}

/** Every day, newest first. */
export function allDays(db: JournalDatabase, countEvents = sqlEventCounter(db)): DayInfo[] {
  return statement<[], DayRow>(db, `${DAY_QUERY} ORDER BY d.id DESC`)
    .all()
    .map((row) => dayFromRow(row, countEvents));
}

export interface NewDay {
  name: string;
  environment: string;
  operators: string[];
}

export function insertDay(db: JournalDatabase, day: NewDay, startedAt: number): number {
  const result = statement(
    db,
    'INSERT INTO days (name, environment, operators, started_at) VALUES (?, ?, ?, ?)',
  ).run(day.name, day.environment, JSON.stringify(day.operators), startedAt);
  return Number(result.lastInsertRowid);
}

export function markDayEnded(db: JournalDatabase, id: number, endedAt: number): void {
  statement(db, 'UPDATE days SET ended_at = ? WHERE id = ?').run(endedAt, id);
}

export function setDayDecision(db: JournalDatabase, id: number, decision: Decision, reason: string): void {
  statement(db, 'UPDATE days SET decision = ?, decision_reason = ? WHERE id = ?').run(decision, reason, id);
}
