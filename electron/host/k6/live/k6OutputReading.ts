import { existsSync } from 'node:fs';
import type { PanelData } from '../../../../shared/dashboardTypes';
import type { K6ThresholdSource } from '../../../../shared/k6/k6Types';
import type { K6OutputStatus, K6ThresholdStatus } from '../../../../shared/k6StatusTypes';
import { K6Aggregator } from '../aggregate/k6Aggregator';
import type { K6OutputLine } from '../output/k6OutputLine';
import { isGzipPath } from '../output/k6OutputReplay';
import { K6OutputTail, type K6OutputTailStatus, TAIL_POLL_MS } from '../output/k6OutputTail';
import { SUMMARY_TREND_STATS } from '../summarize/summarizeK6Output';
import type { ThresholdPhase } from '../thresholds/thresholdTracker';
import { PUBLISH_EVERY_MS, SECOND_COMPLETE_AFTER_S, THRESHOLD_CHECK_MS } from './k6LiveConstants';
import { type K6FeedPanel, K6PanelFeed } from './k6PanelFeed';
import { K6ThresholdBook, type K6ThresholdChange } from './k6ThresholdBook';

export interface K6OutputReadingOptions {
  path: string;
  panels: readonly K6FeedPanel[];
  /** The environment's thresholds, judged besides the output's own. */
  thresholds: Readonly<Record<string, K6ThresholdSource[]>>;
  /** Seconds of chart points held. */
  historySeconds: number;
  onThresholdChange(change: K6ThresholdChange): void;
  /** New chart points, at most every PUBLISH_EVERY_MS. */
  onData(data: PanelData[]): void;
  /** Counts, state or thresholds changed; at most every PUBLISH_EVERY_MS. */
  onStatus(): void;
  /** A .gz replay was read to its end: the test is over, its thresholds judged as at k6's end. */
  onEnded(): void;
}

const NOTHING_READ: K6OutputTailStatus = {
  lines: 0,
  metrics: 0,
  points: 0,
  malformed: 0,
  firstMalformed: [],
  restarts: 0,
  offset: 0,
};

/** The test being read: what one file's content adds up to. Replaced whole when the file starts over. */
interface TestRead {
  aggregator: K6Aggregator;
  book: K6ThresholdBook;
  feed: K6PanelFeed;
  /** The next second to chart; null before the first point. */
  nextSecond: number | null;
}

/**
 * Reads the environment's k6 JSON output as k6 writes it (or a .gz once, as a replay) into the
 * aggregates, the thresholds and the k6 panels' series.
 */
export class K6OutputReading {
  private read: TestRead;
  private tail: K6OutputTail | null = null;
  private stopped = false;
  private waitTimer: NodeJS.Timeout | null = null;
  private readonly timer: NodeJS.Timeout;
  private lastCheckMs = 0;
  private problem: string | null = null;
  private ended = false;
  private changed = false;

  constructor(private readonly options: K6OutputReadingOptions) {
    this.read = this.newTest();
    if (isGzipPath(options.path)) this.replayOnceWritten();
    else this.tail = this.startTail();
    this.timer = setInterval(() => this.tick(), PUBLISH_EVERY_MS);
  }

  status(): K6OutputStatus {
    const counts = this.tail?.status ?? NOTHING_READ;
    const { aggregator } = this.read;
    return {
      path: this.options.path,
      state: this.ended
        ? 'ended'
        : counts.lines === 0 && !existsSync(this.options.path)
          ? 'waiting'
          : 'reading',
      lines: counts.lines,
      points: counts.points,
      malformed: counts.malformed,
      firstMalformed: counts.firstMalformed.map(({ lineNumber, reason }) => ({ line: lineNumber, reason })),
      restarts: counts.restarts,
      problem: this.problem,
      firstPointAt: aggregator.earliestTimeMs(),
      lastPointAt: aggregator.latestTimeMs(),
    };
  }

  thresholds(): K6ThresholdStatus[] {
    return this.read.book.statuses();
  }

  problems(): string[] {
    return [...this.read.book.problems];
  }

  aggregator(): K6Aggregator {
    return this.read.aggregator;
  }

  live(): PanelData[] {
    return this.read.feed.live();
  }

  range(panelId: string, from: number, to: number): PanelData | null {
    return this.read.feed.range(panelId, from, to);
  }

  /** k6 has ended (its API says so): charts every second read and judges the thresholds as k6's end does. */
  end(): void {
    if (this.ended || this.stopped) return;
    this.ended = true;
    this.catchUp(Number.POSITIVE_INFINITY);
    this.check('final');
    this.tick();
    this.options.onEnded();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    if (this.waitTimer) clearTimeout(this.waitTimer);
    await this.tail?.stop();
  }

  private startTail(): K6OutputTail {
    return K6OutputTail.start(this.options.path, {
      onLine: (line) => this.take(line),
      onRestart: () => {
        // A new test under the same name: what was read belongs to the old one.
        this.read = this.newTest();
        this.ended = false;
        this.changed = true;
      },
      onError: (error) => {
        this.problem = error.message;
        this.changed = true;
      },
    });
  }

  /** A .gz is written whole when k6 ends: it is waited for, read once, and the test is over. */
  private replayOnceWritten(): void {
    if (this.stopped) return;
    if (!existsSync(this.options.path)) {
      this.waitTimer = setTimeout(() => this.replayOnceWritten(), TAIL_POLL_MS);
      return;
    }
    const tail = this.startTail();
    this.tail = tail;
    tail.done().then(() => {
      if (this.problem === null) this.end();
    });
  }

  private newTest(): TestRead {
    const aggregator = new K6Aggregator({ trendStats: SUMMARY_TREND_STATS });
    const book = new K6ThresholdBook(
      this.options.thresholds,
      (change) => {
        this.changed = true;
        this.options.onThresholdChange(change);
      },
      aggregator,
    );
    return {
      aggregator,
      book,
      feed: new K6PanelFeed(this.options.panels, this.options.historySeconds),
      nextSecond: null,
    };
  }

  private take(line: K6OutputLine): void {
    const { aggregator, book } = this.read;
    this.changed = true;
    if (line.kind === 'metric') {
      aggregator.define(book.withWorkspaceSubmetrics(line.metric));
      book.define(line.metric);
    } else if (line.kind === 'point') {
      aggregator.add(line.point);
      this.catchUp(Math.floor(line.point.timeMs / 1000) - SECOND_COMPLETE_AFTER_S);
    }
  }

  /** Charts every second up to `lastComplete`, never more than the history (a jump in time). */
  private catchUp(lastComplete: number): void {
    const read = this.read;
    const latestMs = read.aggregator.latestTimeMs();
    const earliestMs = read.aggregator.earliestTimeMs();
    if (latestMs === null || earliestMs === null) return;
    const last = Math.min(lastComplete, Math.floor(latestMs / 1000));
    let next = read.nextSecond ?? Math.floor(earliestMs / 1000);
    next = Math.max(next, last - this.options.historySeconds);
    const source = {
      secondValues: (metric: string, second: number) => read.aggregator.secondValues(metric, second),
      metricType: (metric: string) => read.aggregator.definition(metric)?.type,
    };
    for (; next <= last; next++) read.feed.addSecond(next, source);
    read.nextSecond = next;
  }

  private check(phase: ThresholdPhase): void {
    const latest = this.read.aggregator.latestTimeMs();
    if (latest !== null) this.read.book.check(latest, phase);
  }

  private tick(): void {
    const now = Date.now();
    if (!this.ended && now - this.lastCheckMs >= THRESHOLD_CHECK_MS) {
      this.lastCheckMs = now;
      this.check('running');
    }
    const data = this.read.feed.takeNew();
    if (data.length > 0) this.options.onData(data);
    if (this.changed || data.length > 0) {
      this.changed = false;
      this.options.onStatus();
    }
  }
}
