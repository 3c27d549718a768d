import type {
  K6MetricDefinition,
  K6MetricType,
  K6MetricValues,
  K6Point,
  K6ValueType,
} from '../../../../shared/k6/k6Types';
import { createMetricAggregate, type MetricAggregate } from '../aggregate/metricAggregate';
import { parseTrendStats, type TrendStat } from '../aggregate/trendStats';

/** One window's metrics (only those with points in it), shaped as the summary's. */
export interface K6WindowSummary {
  startMs: number;
  durationMs: number;
  metrics: Record<string, { type: K6MetricType; contains: K6ValueType; values: K6MetricValues }>;
}

/**
 * Windows still taking points: k6 flushes its output every second, so a point can arrive up to about
 * a second after later ones. Older windows are closed to plain values, keeping memory to this many.
 */
const OPEN_WINDOWS = 3;

interface OpenWindow {
  index: number;
  aggregates: Map<string, MetricAggregate>;
}

/**
 * The summary per window of time (`warroom k6 summarize --window 1s`): each metric's values in each
 * window, as a chart of the test would show them. A point arriving after its window closed is counted.
 */
export class WindowedSummary {
  private readonly stats: TrendStat[];
  private readonly definitions = new Map<string, K6MetricDefinition>();
  private readonly open: OpenWindow[] = [];
  private readonly closed: K6WindowSummary[] = [];
  /** Points whose window had already closed: not in any window (they are in the summary). */
  latePoints = 0;

  constructor(
    private readonly windowMs: number,
    trendStats: readonly string[],
  ) {
    this.stats = parseTrendStats(trendStats);
  }

  define(definition: K6MetricDefinition): void {
    if (!this.definitions.has(definition.name)) this.definitions.set(definition.name, definition);
  }

  add(point: K6Point): void {
    const definition = this.definitions.get(point.metric);
    if (!definition) return;
    const window = this.windowOf(Math.floor(point.timeMs / this.windowMs));
    if (!window) {
      this.latePoints++;
      return;
    }
    let aggregate = window.aggregates.get(point.metric);
    if (!aggregate) {
      aggregate = createMetricAggregate(definition.type, this.stats);
      window.aggregates.set(point.metric, aggregate);
    }
    aggregate.add(point.value, point.timeMs);
  }

  /** Every window, oldest first; windows without any point are left out. */
  finish(): K6WindowSummary[] {
    while (this.open.length > 0) this.close();
    return this.closed;
  }

  private windowOf(index: number): OpenWindow | undefined {
    const found = this.open.find((window) => window.index === index);
    if (found) return found;
    const oldest = this.open[0];
    if (oldest && index < oldest.index) return undefined;
    const window: OpenWindow = { index, aggregates: new Map() };
    this.open.push(window);
    this.open.sort((a, b) => a.index - b.index);
    // The new window is later than the oldest open one, so closing the oldest never closes it.
    while (this.open.length > OPEN_WINDOWS) this.close();
    return window;
  }

  private close(): void {
    const window = this.open.shift();
    if (!window) return;
    const metrics: K6WindowSummary['metrics'] = {};
    for (const [name, aggregate] of window.aggregates) {
      const definition = this.definitions.get(name) as K6MetricDefinition;
      metrics[name] = {
        type: definition.type,
        contains: definition.contains,
        values: aggregate.values(this.windowMs),
      };
    }
    this.closed.push({ startMs: window.index * this.windowMs, durationMs: this.windowMs, metrics });
  }
}
