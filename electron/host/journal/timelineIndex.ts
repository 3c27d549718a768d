import type { JournalEvent, TimelineFilter } from '../../../shared/journalTypes';
import { EVENT_COLUMNS, type EventRow, eventFromRow } from './eventRows';
import type { JournalDatabase } from './openJournalDatabase';
import { statement } from './statementCache';
import { whereClause } from './timelineQuery';

/** Every this many rows the index remembers a seq: a page starts at most this many rows early. */
const CHECKPOINT_STRIDE = 100;

/** Filters whose positions are kept; a filter bar is rarely toggled among more than a few. */
const MAX_INDEXED_FILTERS = 8;

export interface TimelinePage {
  total: number;
  events: JournalEvent[];
}

interface Positions {
  /** Rows that match the filter, counted through `throughSeq`. */
  count: number;
  throughSeq: number;
  /** checkpoints[k] is the seq of row k × CHECKPOINT_STRIDE. */
  checkpoints: number[];
}

/**
 * Where each row of a filtered day's timeline starts, so that a page deep in a long day is
 * read from its place instead of counted to (OFFSET) and the total is not recounted per page.
 * Events are only ever appended with a higher seq than any before, so known positions never
 * move: the index only grows at its end, by what was appended since it last looked.
 */
export class TimelineIndex {
  private readonly positions = new Map<string, Positions>();

  constructor(private readonly db: JournalDatabase) {}

  page(dayId: number, filter: TimelineFilter, offset: number, limit: number): TimelinePage {
    const { where, params } = whereClause(dayId, filter);
    const positions = this.caughtUp(JSON.stringify([dayId, filter]), where, params);
    if (offset >= positions.count) return { total: positions.count, events: [] };
    const checkpoint = Math.floor(offset / CHECKPOINT_STRIDE);
    const skip = offset - checkpoint * CHECKPOINT_STRIDE;
    const rows = statement(
      this.db,
      `SELECT ${EVENT_COLUMNS} FROM events WHERE ${where} AND seq >= ? ORDER BY seq LIMIT ?`,
    ).all(...params, positions.checkpoints[checkpoint], skip + limit) as EventRow[];
    return { total: positions.count, events: rows.slice(skip).map(eventFromRow) };
  }

  /** How many events the day has, kept up to date as cheaply as its pages. */
  count(dayId: number): number {
    const { where, params } = whereClause(dayId, {});
    return this.caughtUp(JSON.stringify([dayId, {}]), where, params).count;
  }

  /** The filter's positions, extended over the events appended since they were last read. */
  private caughtUp(key: string, where: string, params: unknown[]): Positions {
    const positions = this.positions.get(key) ?? { count: 0, throughSeq: 0, checkpoints: [] };
    // Re-inserted so the least recently used filter is the first to go.
    this.positions.delete(key);
    this.positions.set(key, positions);
    if (this.positions.size > MAX_INDEXED_FILTERS) {
      const oldest = this.positions.keys().next().value;
      if (oldest !== undefined) this.positions.delete(oldest);
    }
    const appended = statement(this.db, `SELECT seq FROM events WHERE ${where} AND seq > ? ORDER BY seq`)
      .pluck()
      .all(...params, positions.throughSeq) as number[];
    for (const seq of appended) {
      if (positions.count % CHECKPOINT_STRIDE === 0) positions.checkpoints.push(seq);
      positions.count += 1;
    }
    positions.throughSeq = appended.at(-1) ?? positions.throughSeq;
    return positions;
  }
}
