import type { EventKind, JournalEvent } from '../../../shared/journalTypes';
import { eventHash } from './eventHash';
import { GENESIS_HASH, MAX_APPENDS_PER_COMMIT, MAX_SUBJECT_CHARS } from './journalConstants';
import type { JournalDatabase } from './openJournalDatabase';

/** An event before it is numbered and chained. */
export interface EventDraft {
  dayId: number;
  kind: EventKind;
  actor: string;
  subject: string;
  severity?: number | null;
  payload?: Record<string, unknown>;
  /** When it happened, if the source knows better than the commit's clock (an imported sample). */
  time?: number;
}

/** What a write operation gets: the database inside the open transaction, and the chain. */
export interface WriteTransaction {
  readonly db: JournalDatabase;
  /** The time every event of this commit is stamped with. */
  readonly now: number;
  append(draft: EventDraft): JournalEvent;
  /** Text as it may be stored: every secret in force replaced by its name (see Journal.redactWith). */
  redact(text: string): string;
}

/** Replaces secrets in text; the identity when none are in force. */
export type Redact = (text: string) => string;

export type WriteOperation<T> = (tx: WriteTransaction) => T;

interface Pending {
  operation: WriteOperation<unknown>;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

interface ChainCursor {
  seq: number;
  hash: string;
}

export interface EventWriterOptions {
  clock?: () => number;
  /** Called after each commit with the events it made durable, in order. */
  committed?: (events: JournalEvent[]) => void;
  /** Operations per transaction; 1 turns group commit off (the benchmark's baseline). */
  maxOperationsPerCommit?: number;
}

const unchanged: Redact = (text) => text;

/**
 * Group commit: operations queued in the same turn of the event loop run in one transaction.
 * A caller's promise settles only after the transaction holding its operation has committed.
 */
export class EventWriter {
  private queue: Pending[] = [];
  private scheduled = false;
  private idle: Array<() => void> = [];
  private readonly clock: () => number;
  private readonly maxPerCommit: number;
  private readonly readHead;
  private readonly writeHead;
  private readonly insertEvent;
  /** Applied to every event's subject and payload strings, and by operations to what they store. */
  private redactor: Redact = unchanged;

  constructor(
    private readonly db: JournalDatabase,
    private readonly options: EventWriterOptions = {},
  ) {
    this.clock = options.clock ?? Date.now;
    this.maxPerCommit = options.maxOperationsPerCommit ?? MAX_APPENDS_PER_COMMIT;
    this.readHead = db.prepare<[], ChainCursor>('SELECT seq, hash FROM chain_head WHERE id = 1');
    this.writeHead = db.prepare('UPDATE chain_head SET seq = ?, hash = ? WHERE id = 1');
    this.insertEvent = db.prepare(
      `INSERT INTO events (seq, day_id, time, kind, actor, subject, severity, payload, prev_hash, hash)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
  }

  setRedactor(redact: Redact | null): void {
    this.redactor = redact ?? unchanged;
  }

  write<T>(operation: WriteOperation<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ operation, resolve: resolve as (value: unknown) => void, reject });
      this.schedule();
    });
  }

  /** Resolves once everything queued so far has been committed (or has failed). */
  drained(): Promise<void> {
    if (this.queue.length === 0 && !this.scheduled) return Promise.resolve();
    return new Promise((resolve) => this.idle.push(resolve));
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => this.commitBatch());
  }

  /**
   * Commits a batch in one transaction. An operation that throws aborts it; the batch is then
   * rerun one operation per transaction, so only the faulty one fails. Failures are rare
   * (a bad id, a closed day), so the common path pays for no savepoints.
   */
  private commitBatch(): void {
    const batch = this.queue.splice(0, this.maxPerCommit);
    try {
      const results = this.commit(batch.map((pending) => pending.operation));
      for (const [index, pending] of batch.entries()) pending.resolve(results[index]);
    } catch (error) {
      if (batch.length === 1) batch[0]?.reject(error);
      else for (const pending of batch) this.commitAlone(pending);
    }
    this.afterBatch();
  }

  private commitAlone(pending: Pending): void {
    try {
      pending.resolve(this.commit([pending.operation])[0]);
    } catch (error) {
      pending.reject(error);
    }
  }

  private commit(operations: WriteOperation<unknown>[]): unknown[] {
    const appended: JournalEvent[] = [];
    const results = this.db
      .transaction(() => {
        const cursor = this.readHead.get() ?? { seq: 0, hash: GENESIS_HASH };
        const tx = this.transactionView(cursor, appended);
        const values = operations.map((operation) => operation(tx));
        this.writeHead.run(cursor.seq, cursor.hash);
        return values;
      })
      .immediate();
    if (appended.length > 0) this.announce(appended);
    return results;
  }

  /** A listener's failure must not look like the commit's: that would run the batch again. */
  private announce(events: JournalEvent[]): void {
    try {
      this.options.committed?.(events);
    } catch (error) {
      console.error('warroom: a journal listener failed after a commit:', error);
    }
  }

  private afterBatch(): void {
    this.scheduled = false;
    if (this.queue.length > 0) {
      this.schedule();
      return;
    }
    for (const resolve of this.idle.splice(0)) resolve();
  }

  private transactionView(cursor: ChainCursor, appended: JournalEvent[]): WriteTransaction {
    const now = this.clock();
    return {
      db: this.db,
      now,
      redact: this.redactor,
      append: (draft) => {
        const event: JournalEvent = {
          seq: cursor.seq + 1,
          dayId: draft.dayId,
          time: draft.time ?? now,
          kind: draft.kind,
          actor: draft.actor,
          subject: oneLine(this.redactor(draft.subject)),
          severity: draft.severity ?? null,
          payload: redactStrings(draft.payload ?? {}, this.redactor),
        };
        const payloadText = JSON.stringify(event.payload);
        // Fields named one by one: an object spread here costs more than the insert (measured).
        const hash = eventHash({
          seq: event.seq,
          dayId: event.dayId,
          time: event.time,
          kind: event.kind,
          actor: event.actor,
          subject: event.subject,
          severity: event.severity,
          payloadText,
          prevHash: cursor.hash,
        });
        this.insertEvent.run(
          event.seq,
          event.dayId,
          event.time,
          event.kind,
          event.actor,
          event.subject,
          event.severity,
          payloadText,
          cursor.hash,
          hash,
        );
        cursor.seq = event.seq;
        cursor.hash = hash;
        appended.push(event);
        return event;
      },
    };
  }
}

/** The payload with each string in it redacted; numbers, booleans and shapes as they were. */
function redactStrings<T>(value: T, redact: Redact): T {
  if (redact === unchanged) return value;
  if (typeof value === 'string') return redact(value) as T;
  if (Array.isArray(value)) return value.map((item) => redactStrings(item, redact)) as T;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, redactStrings(item, redact)]),
    ) as T;
  }
  return value;
}

const CONTROL_CHARACTER = /\p{Cc}/u;
const CONTROL_CHARACTERS = /\p{Cc}+/gu;

/** A subject is one line of bounded length; the whole text belongs in the payload. */
function oneLine(text: string): string {
  const line = CONTROL_CHARACTER.test(text) ? text.replace(CONTROL_CHARACTERS, ' ').trim() : text.trim();
  return line.length > MAX_SUBJECT_CHARS ? `${line.slice(0, MAX_SUBJECT_CHARS - 1)}…` : line;
}
