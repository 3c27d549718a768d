/**
 * k6's vocabulary as its `--out json` lines and summaries use it (../shared/fixtures/k6/README.md):
 * what the output reader produces, the aggregator sums up and the thresholds are judged on.
 */

export type K6MetricType = 'counter' | 'gauge' | 'rate' | 'trend';

/** What a metric's values mean: time metrics are in milliseconds, data in bytes. */
export type K6ValueType = 'default' | 'time' | 'data';

/** A threshold as k6 takes it: the expression alone, or the object form. */
export type K6ThresholdSource =
  | string
  | {
      threshold: string;
      abortOnFail?: boolean;
      /** A k6 duration (`10s`); k6 writes null when unset. */
      delayAbortEval?: string | null;
    };

export interface K6Submetric {
  /** `http_req_duration{expected_response:true}` */
  name: string;
  /** `expected_response:true` */
  suffix: string;
  tags: Record<string, string>;
}

/** A `Metric` line: written the first time a metric appears. */
export interface K6MetricDefinition {
  name: string;
  type: K6MetricType;
  contains: K6ValueType;
  thresholds: K6ThresholdSource[];
  submetrics: K6Submetric[];
}

/** A `Point` line: one sample. */
export interface K6Point {
  metric: string;
  /** Milliseconds since the epoch, UTC, with the sub-millisecond part as a fraction. */
  timeMs: number;
  value: number;
  tags: Record<string, string>;
}

/**
 * A metric's summary values under k6's names: `count`, `rate` (counters: per second; rates:
 * fraction true), `passes`, `fails`, `value`, `min`, `max`, `avg`, `med`, `p(90)`, `p(95)`, `p(99)`.
 */
export type K6MetricValues = Record<string, number>;
