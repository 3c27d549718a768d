import { ApiError } from '../../../shared/apiErrors';
import type {
  DayInfo,
  IssueDetail,
  IssueSummary,
  JournalEvent,
  SnapshotContent,
  SnapshotSummary,
  TimelineFilter,
  TranscriptSummary,
} from '../../../shared/journalTypes';
import { type VerifyResult, verifyChain } from './chainVerifier';
import { allDays, currentDay, dayExists, openDayId } from './dayRecords';
import { EventWriter, type Redact, type WriteOperation } from './eventWriter';
import { actionItemsOf, issueById, issuesOfDay, linkedEventSeqs } from './issueRecords';
import { EXTERNAL_CHANGE_POLL_MS } from './journalConstants';
import { isJournalFull, journalFullProblem } from './journalErrors';
import { osUserName } from './journalLocation';
import { type JournalDatabase, type OpenJournalOptions, openJournalDatabase } from './openJournalDatabase';
import { CURRENT_SCHEMA_VERSION } from './schemaMigrations';
import { snapshotContent, snapshotSummary, snapshotsOfDay, snapshotsOfIssue } from './snapshotRecords';
import { statement } from './statementCache';
import { TimelineIndex, type TimelinePage } from './timelineIndex';
import { eventsBySeq } from './timelineQuery';
import { transcriptById, transcriptsOfDay } from './transcriptRecords';

export interface JournalOptions extends OpenJournalOptions {
  clock?: () => number;
  /** Operations per transaction; 1 turns group commit off (the benchmark's baseline). */
  maxOperationsPerCommit?: number;
}

export type WriteObserver = (seconds: number, ok: boolean) => void;

/**
 * Told when the journal changed: by this process (with its events, none when only its ability
 * to record changed) or by another one.
 */
export type JournalChangeListener = (events: readonly JournalEvent[] | 'external') => void;

/**
 * One journal file: reads answer at once, writes go through the group-committing writer
 * (see journalWrites.ts for every kind of change).
 */
export class Journal {
  private readonly writer: EventWriter;
  private readonly timelineIndex: TimelineIndex;
  private readonly countEvents = (dayId: number) => this.timelineIndex.count(dayId);
  private readonly listeners = new Set<JournalChangeListener>();
  private externalPoll: NodeJS.Timeout | undefined;
  private lastDataVersion = 0;
  private closed = false;
  private writeObserver: WriteObserver | undefined;
  /** Set while writes fail for lack of room; reads go on as before. */
  private fullProblem: string | null = null;

  private constructor(
    readonly path: string,
    private readonly db: JournalDatabase,
    options: JournalOptions,
  ) {
    this.timelineIndex = new TimelineIndex(db);
    this.writer = new EventWriter(db, {
      clock: options.clock,
      maxOperationsPerCommit: options.maxOperationsPerCommit,
      committed: (events) => this.notify(events),
    });
  }

  /** Opens or creates the journal; throws JournalOpenError, leaving the file as it was. */
  static open(path: string, options: JournalOptions = {}): Journal {
    return new Journal(path, openJournalDatabase(path, options), options);
  }

  get schemaVersion(): number {
    return CURRENT_SCHEMA_VERSION;
  }

  /**
   * Runs one change in the next group commit; settles once it is durable. A write the disk has
   * no room for fails with 'unavailable' naming the file; the next one that fits clears that.
   */
  write<T>(operation: WriteOperation<T>): Promise<T> {
    if (this.closed) return Promise.reject(new ApiError('unavailable', `the journal ${this.path} is closed`));
    const observer = this.writeObserver;
    const started = performance.now();
    return this.writer.write(operation).then(
      (result) => {
        observer?.((performance.now() - started) / 1000, true);
        if (this.fullProblem !== null) this.setFullProblem(null);
        return result;
      },
      (error: unknown) => {
        observer?.((performance.now() - started) / 1000, false);
        if (!isJournalFull(error)) throw error;
        const problem = journalFullProblem(this.path);
        if (this.fullProblem === null) this.setFullProblem(problem);
        throw new ApiError('unavailable', `could not record: ${problem}`);
      },
    );
  }

  /** Why nothing new can be recorded right now, or null while writes succeed. */
  writeProblem(): string | null {
    return this.fullProblem;
  }

  /**
   * Every secret in force stays out of the file: events' subjects and payloads, and transcripts,
   * pass through `redact` before they are stored. Null stores text as given.
   */
  redactWith(redact: Redact | null): void {
    this.writer.setRedactor(redact);
  }

  /** Told how long each write waited for its commit, and whether it succeeded. */
  observeWrites(observer: WriteObserver): void {
    this.writeObserver = observer;
  }

  /** Listens for changes; also starts noticing commits by other processes. */
  onChange(listener: JournalChangeListener): () => void {
    this.listeners.add(listener);
    this.watchExternalCommits();
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) this.stopWatching();
    };
  }

  currentDay(): DayInfo | null {
    return currentDay(this.db, this.countEvents);
  }

  /** The day being recorded, without counting its events. */
  currentDayId(): number | null {
    return openDayId(this.db);
  }

  /** Who an event is attributed to when nobody said: the day's first operator, else the OS user. */
  defaultActor(): string {
    const row = statement<[], { operators: string }>(
      this.db,
      'SELECT operators FROM days WHERE ended_at IS NULL ORDER BY id DESC LIMIT 1',
    ).get();
    const operators = row ? (JSON.parse(row.operators) as string[]) : [];
    return operators[0] ?? osUserName();
  }

  /** The seq of the newest event, 0 for an empty journal. */
  lastSeq(): number {
    return statement<[], { seq: number }>(this.db, 'SELECT seq FROM chain_head WHERE id = 1').get()?.seq ?? 0;
  }

  days(): DayInfo[] {
    return allDays(this.db, this.countEvents);
  }

  timeline(dayId: number, filter: TimelineFilter, offset: number, limit: number): TimelinePage {
    if (!dayExists(this.db, dayId)) throw new ApiError('not_found', `there is no test day #${dayId}`);
    return this.timelineIndex.page(dayId, filter, offset, limit);
  }

  issues(dayId: number): IssueSummary[] {
    return issuesOfDay(this.db, dayId).map(({ description: _description, ...summary }) => summary);
  }

  issue(id: number): IssueDetail {
    const issue = issueById(this.db, id);
    if (!issue) throw new ApiError('not_found', `there is no issue #${id}`);
    return {
      ...issue,
      actionItems: actionItemsOf(this.db, id),
      events: eventsBySeq(this.db, linkedEventSeqs(this.db, id)),
      snapshots: snapshotsOfIssue(this.db, id),
    };
  }

  snapshots(dayId: number): SnapshotSummary[] {
    return snapshotsOfDay(this.db, dayId);
  }

  snapshot(id: number): { summary: SnapshotSummary; content: SnapshotContent } {
    const summary = snapshotSummary(this.db, id);
    const content = summary && snapshotContent(this.db, id);
    if (!summary || !content) throw new ApiError('not_found', `there is no snapshot #${id}`);
    return { summary, content };
  }

  transcripts(dayId: number, search?: string): TranscriptSummary[] {
    return transcriptsOfDay(this.db, dayId, search);
  }

  transcript(id: number): { summary: TranscriptSummary; text: string } {
    const transcript = transcriptById(this.db, id);
    if (!transcript) throw new ApiError('not_found', `there is no transcript #${id}`);
    return transcript;
  }

  verify(): VerifyResult {
    return verifyChain(this.db);
  }

  /** The database itself, for the exporter and the tests' integrity checks. */
  get database(): JournalDatabase {
    return this.db;
  }

  /** Commits what is queued, then closes the file. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.stopWatching();
    await this.writer.drained();
    this.db.close();
  }

  /** Consoles hear the change at once, as a change with no events, and ask for the status again. */
  private setFullProblem(problem: string | null): void {
    this.fullProblem = problem;
    this.notify([]);
  }

  private notify(events: readonly JournalEvent[] | 'external'): void {
    this.lastDataVersion = this.dataVersion();
    for (const listener of this.listeners) listener(events);
  }

  private watchExternalCommits(): void {
    if (this.externalPoll) return;
    this.lastDataVersion = this.dataVersion();
    this.externalPoll = setInterval(() => {
      // data_version changes only when another connection commits to the file.
      if (this.dataVersion() !== this.lastDataVersion) this.notify('external');
    }, EXTERNAL_CHANGE_POLL_MS);
    this.externalPoll.unref();
  }

  private stopWatching(): void {
    clearInterval(this.externalPoll);
    this.externalPoll = undefined;
  }

  private dataVersion(): number {
    return this.db.pragma('data_version', { simple: true }) as number;
  }
}
