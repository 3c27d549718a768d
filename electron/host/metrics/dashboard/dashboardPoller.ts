import type { DatasourceStatus, PanelData, PanelStatus } from '../../../../shared/dashboardTypes';
import type { TargetSpec } from '../../../../shared/targetTypes';
import { LIVE_WINDOW_SECONDS, OUTAGE_FIRST_RETRY_MS } from './dashboardConstants';
import { DatasourceHealth, type OutageEvent } from './datasourceHealth';
import type { FailureKind, LiveQuery } from './liveQuery';
import { PanelTargets } from './panelTargets';
import type { PolledPanel } from './polledPanel';
import { type FeedOutcome, newPoints, QueryFeed } from './queryFeed';
import { seriesName } from './seriesNames';
import { type ThresholdEvent, thresholdEvent } from './thresholdEvents';

/** What the poller knows of the dashboard: the data source and its panels. */
export interface PollerStatus {
  datasource: DatasourceStatus;
  panels: PanelStatus[];
}

export interface DashboardPollerOptions {
  datasourceUrl: string;
  panels: readonly PolledPanel[];
  /** Every target's `for` is divided by this: the sandbox's rehearsal factor, else 1. */
  rehearsalFactor: number;
  /** A range query held over the live window at `stepSeconds`, refreshed incrementally. */
  openQuery(expr: string, stepSeconds: number): LiveQuery;
  /** Resolves when the data source is ready; rejects while it is not. */
  ready(): Promise<void>;
  classify(error: unknown): FailureKind;
  /** Breaches, recoveries and outages, for the journal. */
  record(event: ThresholdEvent | OutageEvent): void;
  onStatus(status: PollerStatus): void;
  onData(data: PanelData): void;
  now?: () => number;
}

/** A timeseries panel as polled: its feeds (one per query), targets, and what its viewers hold. */
interface PanelEntry {
  panel: PolledPanel;
  stepSeconds: number;
  feeds: QueryFeed[];
  targets: PanelTargets;
  /** Per query, the newest time already pushed for each series. */
  sent: Map<string, number>[];
  status: PanelStatus;
}

/** Panels refreshed together: those with the same refresh interval. */
interface RefreshGroup {
  intervalMs: number;
  panels: PanelEntry[];
  feeds: Set<QueryFeed>;
  timer: NodeJS.Timeout | null;
}

/**
 * Polls Prometheus for a dashboard's timeseries panels, in the host, so targets are judged and
 * journaled with no window open. Panels sharing a query at the same interval share its request.
 * When Prometheus is unreachable the panels keep their data and the poller probes readiness,
 * backing off up to the shortest refresh interval, then refreshes everything at once.
 */
export class DashboardPoller {
  private readonly groups: RefreshGroup[] = [];
  private readonly entries: PanelEntry[] = [];
  private readonly health: DatasourceHealth;
  private readonly now: () => number;
  private probeTimer: NodeJS.Timeout | null = null;
  private stopped = false;
  private lastStatus = '';

  constructor(private readonly options: DashboardPollerOptions) {
    this.now = options.now ?? Date.now;
    this.health = new DatasourceHealth(options.datasourceUrl, this.now(), (event) => options.record(event));
    const feeds = new Map<string, QueryFeed>();
    for (const panel of options.panels) {
      if (panel.type !== 'timeseries') continue;
      const stepSeconds = Math.max(1, Math.round(panel.refreshMs / 1000));
      const entry: PanelEntry = {
        panel,
        stepSeconds,
        feeds: panel.queries.map(({ expr }) => {
          const key = `${stepSeconds} ${expr}`;
          let feed = feeds.get(key);
          if (!feed) {
            feed = new QueryFeed(expr, options.openQuery(expr, stepSeconds), options.classify);
            feeds.set(key, feed);
          }
          return feed;
        }),
        targets: new PanelTargets(this.targetsOf(panel)),
        sent: panel.queries.map(() => new Map()),
        status: { panelId: panel.id, state: null, targets: [], error: null, warnings: [], updatedAt: null },
      };
      entry.status.targets = entry.targets.statuses();
      entry.status.state = entry.targets.worst();
      this.entries.push(entry);
      this.groupFor(panel.refreshMs).panels.push(entry);
      for (const feed of entry.feeds) this.groupFor(panel.refreshMs).feeds.add(feed);
    }
  }

  start(): void {
    for (const group of this.groups) void this.tick(group);
  }

  stop(): void {
    this.stopped = true;
    for (const group of this.groups) if (group.timer) clearTimeout(group.timer);
    if (this.probeTimer) clearTimeout(this.probeTimer);
  }

  status(): PollerStatus {
    return {
      datasource: this.health.status,
      panels: this.entries.map((entry) => entry.status),
    };
  }

  /** Every panel's series over the live window, as a chart starts from. */
  live(): PanelData[] {
    const windowStart = this.now() / 1000 - LIVE_WINDOW_SECONDS;
    return this.entries.map((entry) => ({
      panelId: entry.panel.id,
      windowStart,
      series: entry.feeds.flatMap((feed, queryIndex) =>
        newPoints(feed.series, queryIndex, this.namer(entry, queryIndex), new Map()),
      ),
    }));
  }

  private targetsOf(panel: PolledPanel): Map<number, TargetSpec> {
    const targets = new Map<number, TargetSpec>();
    panel.queries.forEach(({ target }, index) => {
      if (target) targets.set(index, { ...target, forMs: target.forMs / this.options.rehearsalFactor });
    });
    return targets;
  }

  private groupFor(intervalMs: number): RefreshGroup {
    let group = this.groups.find((candidate) => candidate.intervalMs === intervalMs);
    if (!group) {
      group = { intervalMs, panels: [], feeds: new Set(), timer: null };
      this.groups.push(group);
    }
    return group;
  }

  private namer(entry: PanelEntry, queryIndex: number) {
    const query = entry.panel.queries[queryIndex];
    return (labels: Readonly<Record<string, string>>) =>
      seriesName(labels, query?.legend ?? null, query?.expr ?? '');
  }

  private schedule(group: RefreshGroup): void {
    if (this.stopped) return;
    group.timer = setTimeout(() => void this.tick(group), group.intervalMs);
  }

  private async tick(group: RefreshGroup): Promise<void> {
    if (this.stopped) return;
    if (this.health.down) return; // the readiness probe takes over until it answers
    const now = this.now();
    const feeds = [...group.feeds];
    const outcomes = await Promise.all(feeds.map((feed) => feed.refresh(now / 1000)));
    if (this.stopped) return;
    const answered = outcomes.some((outcome) => outcome.ok);
    const outage = answered ? null : unreachableProblem(outcomes);
    if (outage !== null) {
      this.health.unreachable(now, outage);
      this.publishStatus();
      this.probe(OUTAGE_FIRST_RETRY_MS);
      return;
    }
    if (answered) this.health.answered(now);
    for (const entry of group.panels) this.update(entry, now);
    this.publishStatus();
    this.schedule(group);
  }

  private update(entry: PanelEntry, now: number): void {
    const warnings = new Set<string>();
    let error: PanelStatus['error'] = null;
    let answered = false;
    const series: PanelData['series'] = [];
    entry.feeds.forEach((feed, queryIndex) => {
      const outcome = feed.outcome;
      if (!outcome) return;
      if (!outcome.ok) {
        // Another query of this refresh answered, so this one's failure is its own.
        const { failure } = outcome;
        error ??=
          failure.kind === 'query'
            ? { errorType: failure.errorType, message: failure.message }
            : { errorType: 'timeout', message: failure.problem };
        return;
      }
      answered = true;
      for (const warning of outcome.warnings) warnings.add(warning);
      series.push(
        ...newPoints(
          outcome.series,
          queryIndex,
          this.namer(entry, queryIndex),
          entry.sent[queryIndex] ?? new Map(),
        ),
      );
      const judged = entry.targets.judge(queryIndex, outcome.series, now, entry.stepSeconds);
      if (judged)
        this.options.record(thresholdEvent(entry.panel, judged.queryIndex, judged.target, judged.transition));
    });
    entry.status = {
      panelId: entry.panel.id,
      state: entry.targets.worst(),
      targets: entry.targets.statuses(),
      error,
      warnings: [...warnings],
      updatedAt: answered ? now : entry.status.updatedAt,
    };
    if (series.length > 0) {
      this.options.onData({ panelId: entry.panel.id, series, windowStart: now / 1000 - LIVE_WINDOW_SECONDS });
    }
  }

  /** During an outage: one readiness probe at a time, backing off up to the shortest interval. */
  private probe(delayMs: number): void {
    if (this.stopped || this.probeTimer) return;
    const cap = Math.min(...this.groups.map((group) => group.intervalMs));
    this.probeTimer = setTimeout(
      () => {
        this.probeTimer = null;
        this.options.ready().then(
          () => {
            this.health.answered(this.now());
            this.publishStatus();
            for (const group of this.groups) {
              if (group.timer) clearTimeout(group.timer);
              void this.tick(group);
            }
          },
          () => this.probe(Math.min(delayMs * 2, cap)),
        );
      },
      Math.min(delayMs, cap),
    );
  }

  private publishStatus(): void {
    const status = this.status();
    const text = JSON.stringify(status);
    if (text === this.lastStatus) return;
    this.lastStatus = text;
    this.options.onStatus(status);
  }
}

/** Why the data source is out when a refresh found it unreachable, or null when it was not. */
function unreachableProblem(outcomes: readonly FeedOutcome[]): string | null {
  for (const outcome of outcomes) {
    if (!outcome.ok && outcome.failure.kind === 'unreachable') return outcome.failure.problem;
  }
  return null;
}
