/** A series over a range: its labels, and its points as columns: `values[i]` at `times[i]` (seconds). */
export interface RangeSeries {
  labels: Readonly<Record<string, string>>;
  times: readonly number[];
  values: readonly number[];
}

/** Prometheus's [seconds, value] pairs as a RangeSeries' columns. */
export function rangeSeriesOf(
  labels: Readonly<Record<string, string>>,
  points: readonly (readonly [number, number])[],
): RangeSeries {
  return { labels, times: points.map(([time]) => time), values: points.map(([, value]) => value) };
}

/** What the poller needs of a query held over the live window, refreshed incrementally. */
export interface LiveQuery {
  refresh(nowSeconds: number): Promise<{ series: readonly RangeSeries[]; warnings: readonly string[] }>;
}

/** How a failed request is read: the data source is gone (an outage), or this query is wrong. */
export type FailureKind =
  | { kind: 'unreachable'; problem: string }
  | { kind: 'query'; errorType: string; message: string };
