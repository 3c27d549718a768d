import type { K6MetricType, K6MetricValues } from '../../../../shared/k6/k6Types';
import { QuantileSketch } from './quantileSketch';
import type { TrendStat } from './trendStats';

/** What k6 keeps of one metric's points (its "sink"), under the names of k6's summary. */
export interface MetricAggregate {
  add(value: number, timeMs: number): void;
  /** `durationMs` turns a counter's total into its per-second rate. */
  values(durationMs: number): K6MetricValues;
  reset(): void;
  /** Bins held by a trend's sketch; 0 for the other types. */
  allocatedBins(): number;
}

/** Counter: `count` is the sum of the values (bytes for data counters), `rate` that sum per second. */
export class CounterAggregate implements MetricAggregate {
  private total = 0;

  add(value: number): void {
    this.total += value;
  }

  values(durationMs: number): K6MetricValues {
    return { count: this.total, rate: durationMs > 0 ? this.total / (durationMs / 1000) : 0 };
  }

  reset(): void {
    this.total = 0;
  }

  allocatedBins(): number {
    return 0;
  }
}

/** Gauge: `value` is the latest point by time (the later one on a tie), with the extremes. */
export class GaugeAggregate implements MetricAggregate {
  private last = 0;
  private lastTimeMs = Number.NEGATIVE_INFINITY;
  private min = Number.POSITIVE_INFINITY;
  private max = Number.NEGATIVE_INFINITY;

  add(value: number, timeMs: number): void {
    if (timeMs >= this.lastTimeMs) {
      this.last = value;
      this.lastTimeMs = timeMs;
    }
    if (value < this.min) this.min = value;
    if (value > this.max) this.max = value;
  }

  values(): K6MetricValues {
    const empty = this.lastTimeMs === Number.NEGATIVE_INFINITY;
    return { value: this.last, min: empty ? 0 : this.min, max: empty ? 0 : this.max };
  }

  reset(): void {
    this.last = 0;
    this.lastTimeMs = Number.NEGATIVE_INFINITY;
    this.min = Number.POSITIVE_INFINITY;
    this.max = Number.NEGATIVE_INFINITY;
  }

  allocatedBins(): number {
    return 0;
  }
}

/** Rate: a non-zero value passes; `rate` is the fraction that passed. */
export class RateAggregate implements MetricAggregate {
  private passes = 0;
  private total = 0;

  add(value: number): void {
    if (value !== 0) this.passes++;
    this.total++;
  }

  values(): K6MetricValues {
    return {
      rate: this.total === 0 ? 0 : this.passes / this.total,
      passes: this.passes,
      fails: this.total - this.passes,
    };
  }

  reset(): void {
    this.passes = 0;
    this.total = 0;
  }

  allocatedBins(): number {
    return 0;
  }
}

/** Trend: the statistics asked for, percentiles from a sketch (within 1 % of k6's exact ones). */
export class TrendAggregate implements MetricAggregate {
  readonly sketch = new QuantileSketch();

  constructor(private readonly stats: readonly TrendStat[]) {}

  add(value: number): void {
    this.sketch.add(value);
  }

  values(): K6MetricValues {
    const values: K6MetricValues = {};
    for (const stat of this.stats) values[stat.key] = stat.read(this.sketch);
    return values;
  }

  reset(): void {
    this.sketch.reset();
  }

  allocatedBins(): number {
    return this.sketch.allocatedBins();
  }
}

export function createMetricAggregate(type: K6MetricType, trendStats: readonly TrendStat[]): MetricAggregate {
  switch (type) {
    case 'counter':
      return new CounterAggregate();
    case 'gauge':
      return new GaugeAggregate();
    case 'rate':
      return new RateAggregate();
    case 'trend':
      return new TrendAggregate(trendStats);
  }
}
