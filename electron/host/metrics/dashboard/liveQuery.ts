/** A series as Prometheus returns it over a range: its labels and its [seconds, value] points. */
export interface RangeSeries {
  labels: Readonly<Record<string, string>>;
  points: readonly (readonly [number, number])[];
}

/** What the poller needs of a query held over the live window, refreshed incrementally. */
export interface LiveQuery {
  refresh(nowSeconds: number): Promise<{ series: readonly RangeSeries[]; warnings: readonly string[] }>;
}

/** How a failed request is read: the data source is gone (an outage), or this query is wrong. */
export type FailureKind =
  | { kind: 'unreachable'; problem: string }
  | { kind: 'query'; errorType: string; message: string };
