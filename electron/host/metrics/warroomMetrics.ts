import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

/** Journal write latencies: a group commit takes well under a millisecond; seconds mean trouble. */
const JOURNAL_WRITE_BUCKETS_SECONDS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1];

/** Poll round trips: a loopback health check takes milliseconds; the top buckets are timeouts. */
const POLL_BUCKETS_SECONDS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export interface WarroomMetricSources {
  /** Terminals whose process still runs. */
  terminalsOpen(): number;
}

/**
 * Warroom's own health, for the managed Prometheus (or anyone's) to scrape at /metrics: how
 * long journal writes wait for their commit, how many fail, how long polls take and how many
 * fail, how many terminals are open.
 */
export class WarroomMetrics {
  readonly registry = new Registry();
  private readonly journalWrites: Histogram;
  private readonly journalWriteFailures: Counter;
  private readonly polls: Histogram<'source'>;
  private readonly pollFailures: Counter<'source'>;

  constructor(sources: WarroomMetricSources) {
    collectDefaultMetrics({ register: this.registry, prefix: 'warroom_' });
    this.journalWrites = new Histogram({
      name: 'warroom_journal_write_seconds',
      help: 'Time from asking the journal to record something to its commit.',
      buckets: JOURNAL_WRITE_BUCKETS_SECONDS,
      registers: [this.registry],
    });
    this.journalWriteFailures = new Counter({
      name: 'warroom_journal_write_failures_total',
      help: 'Journal writes that failed (refused input included).',
      registers: [this.registry],
    });
    this.polls = new Histogram({
      name: 'warroom_poll_duration_seconds',
      help: 'Round trip of one poll Warroom makes (health checks, Prometheus queries), by source.',
      labelNames: ['source'],
      buckets: POLL_BUCKETS_SECONDS,
      registers: [this.registry],
    });
    this.pollFailures = new Counter({
      name: 'warroom_poll_failures_total',
      help: 'Polls that got no usable answer (unreachable, timed out, refused), by source.',
      labelNames: ['source'],
      registers: [this.registry],
    });
    new Gauge({
      name: 'warroom_terminals_open',
      help: 'Embedded terminals whose process runs.',
      registers: [this.registry],
      collect() {
        this.set(sources.terminalsOpen());
      },
    });
  }

  journalWrite(seconds: number, ok: boolean): void {
    this.journalWrites.observe(seconds);
    if (!ok) this.journalWriteFailures.inc();
  }

  /** One poll of `source` took `seconds`; `ok` is false when it got no usable answer. */
  poll(source: string, seconds: number, ok: boolean): void {
    this.polls.observe({ source }, seconds);
    if (!ok) this.pollFailures.inc({ source });
  }
}
