import type {
  K6MetricDefinition,
  K6MetricType,
  K6MetricValues,
  K6Point,
  K6ValueType,
} from '../../../../shared/k6/k6Types';
import { TrendAggregate } from './metricAggregate';
import { MetricTracker } from './metricTracker';
import { K6_DEFAULT_TREND_STATS, parseTrendStats, type TrendStat, WINDOW_TREND_STATS } from './trendStats';

/** One entry of handleSummary's `metrics` object (thresholds are judged elsewhere). */
export interface K6SummaryMetric {
  type: K6MetricType;
  contains: K6ValueType;
  values: K6MetricValues;
}

/** One second of a metric, for charts; a counter's `rate` is per second of that window. */
export interface K6SecondValues {
  startMs: number;
  values: K6MetricValues;
}

export interface K6TagSetValues {
  tags: Record<string, string>;
  values: K6MetricValues;
}

/** A metric's tag sets and the points that fell beyond MAX_TAG_SETS_PER_METRIC. */
export interface K6TagSetBreakdown {
  tagSets: K6TagSetValues[];
  overflowPoints: number;
}

export interface K6MetricLookup {
  type: K6MetricType;
  samples: number;
  values: K6MetricValues;
  percentile: ((n: number) => number) | null;
}

/** What the aggregator holds: bounded by metrics × tag sets × window, never by the points seen. */
export interface K6AggregatorFootprint {
  metrics: number;
  tagSets: number;
  windowSlots: number;
  sketchBins: number;
}

export interface K6AggregatorOptions {
  /** The script's `summaryTrendStats`; k6's default when absent. */
  trendStats?: readonly string[];
}

/** One second, the window a counter's per-second rate is taken over. */
const SECOND_MS = 1000;

/**
 * Streams k6's Metric definitions and Points into bounded aggregates: cumulative for the summary,
 * per tag set and per submetric, and per 1 s window for charts. The test's duration runs from the
 * earliest to the latest point seen.
 */
export class K6Aggregator {
  private readonly metrics = new Map<string, MetricTracker>();
  private readonly summaryStats: TrendStat[];
  private readonly windowStats = parseTrendStats(WINDOW_TREND_STATS);
  private firstTimeMs = Number.POSITIVE_INFINITY;
  private lastTimeMs = Number.NEGATIVE_INFINITY;
  /** Points of a metric never defined (a file cut before its Metric line): not aggregated. */
  undefinedMetricPoints = 0;

  constructor(options: K6AggregatorOptions = {}) {
    this.summaryStats = parseTrendStats(options.trendStats ?? K6_DEFAULT_TREND_STATS);
  }

  /** Takes a Metric line; a metric defined again keeps its first definition, as k6 writes it once. */
  define(definition: K6MetricDefinition): void {
    if (this.metrics.has(definition.name)) return;
    this.metrics.set(definition.name, new MetricTracker(definition, this.summaryStats, this.windowStats));
  }

  add(point: K6Point): void {
    const tracker = this.metrics.get(point.metric);
    if (tracker === undefined) {
      this.undefinedMetricPoints++;
      return;
    }
    tracker.add(point);
    if (point.timeMs < this.firstTimeMs) this.firstTimeMs = point.timeMs;
    if (point.timeMs > this.lastTimeMs) this.lastTimeMs = point.timeMs;
  }

  /** From the earliest point to the latest; 0 before two distinct times are seen. */
  durationMs(): number {
    return this.lastTimeMs > this.firstTimeMs ? this.lastTimeMs - this.firstTimeMs : 0;
  }

  /** handleSummary's `metrics`: each metric, then its submetrics under their `name{tag:value}` keys. */
  summary(durationMs = this.durationMs()): Record<string, K6SummaryMetric> {
    const summary: Record<string, K6SummaryMetric> = {};
    for (const [name, tracker] of this.metrics) {
      const { type, contains } = tracker.definition;
      summary[name] = { type, contains, values: tracker.total.values(durationMs) };
      for (const submetric of tracker.submetrics) {
        summary[submetric.definition.name] = {
          type,
          contains,
          values: submetric.aggregate.values(durationMs),
        };
      }
    }
    return summary;
  }

  /**
   * A metric's or submetric's (`name{tag:value}`) cumulative values with its sample count and, for a
   * trend, any percentile (N from 0 to 100): what a threshold on it is judged with. Null when unknown.
   */
  lookup(key: string, durationMs = this.durationMs()): K6MetricLookup | null {
    const braceAt = key.indexOf('{');
    const tracker = this.metrics.get(braceAt === -1 ? key : key.slice(0, braceAt));
    if (tracker === undefined) return null;
    const found =
      braceAt === -1
        ? { aggregate: tracker.total, samples: tracker.samples }
        : tracker.submetrics.find((submetric) => submetric.definition.name === key);
    if (found === undefined) return null;
    const { aggregate } = found;
    return {
      type: tracker.definition.type,
      samples: found.samples,
      values: aggregate.values(durationMs),
      percentile: aggregate instanceof TrendAggregate ? (n) => aggregate.sketch.quantile(n / 100) : null,
    };
  }

  /** The metric's last seconds, oldest first; empty for a metric never defined. */
  window(name: string): K6SecondValues[] {
    const tracker = this.metrics.get(name);
    if (tracker === undefined) return [];
    return tracker.windows
      .series()
      .map(({ startMs, aggregate }) => ({ startMs, values: aggregate.values(SECOND_MS) }));
  }

  /** One second's values of a metric (second: seconds since the epoch); null when it had no points. */
  secondValues(name: string, second: number): K6MetricValues | null {
    return this.metrics.get(name)?.windows.peek(second)?.values(SECOND_MS) ?? null;
  }

  /** The metric's definition as first seen; undefined before its Metric line. */
  definition(name: string): K6MetricDefinition | undefined {
    return this.metrics.get(name)?.definition;
  }

  /** The latest point's time (ms); null before any. */
  latestTimeMs(): number | null {
    return Number.isFinite(this.lastTimeMs) ? this.lastTimeMs : null;
  }

  /** The earliest point's time (ms); null before any. */
  earliestTimeMs(): number | null {
    return Number.isFinite(this.firstTimeMs) ? this.firstTimeMs : null;
  }

  tagSets(name: string, durationMs = this.durationMs()): K6TagSetBreakdown {
    const tracker = this.metrics.get(name);
    if (tracker === undefined) return { tagSets: [], overflowPoints: 0 };
    return {
      tagSets: tracker.tagSets.entries.map(({ tags, aggregate }) => ({
        tags,
        values: aggregate.values(durationMs),
      })),
      overflowPoints: tracker.tagSets.overflowPoints,
    };
  }

  footprint(): K6AggregatorFootprint {
    const footprint: K6AggregatorFootprint = { metrics: 0, tagSets: 0, windowSlots: 0, sketchBins: 0 };
    for (const tracker of this.metrics.values()) {
      footprint.metrics++;
      footprint.tagSets += tracker.tagSets.entries.length;
      footprint.windowSlots += tracker.windows.allocated().length;
      footprint.sketchBins += tracker.allocatedBins();
    }
    return footprint;
  }
}
