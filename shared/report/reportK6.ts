import type { Evidence } from './reportModel';

/** The report model's k6 section: the day's latest k6 summary and its live thresholds (see reportModel.ts). */

export interface K6Section {
  /** The latest k6.summary of the day; null: no k6 summary was recorded. */
  latest: K6SummaryFigures | null;
  /** How many k6.summary events the day has (the latest is shown). */
  summaryCount: number;
  /** Live threshold failures and recoveries, in order. */
  thresholdEvents: K6ThresholdEvent[];
}

export interface K6SummaryFigures {
  source: string;
  format: string;
  testDurationMs: number | null;
  /** k6's own verdict where the summary gives one. */
  testPassed: boolean | null;
  thresholdsFailed: number;
  thresholds: K6ThresholdVerdict[];
  metrics: K6KeyMetrics;
  checks: Array<{ path: string; passes: number; fails: number }>;
  evidence: Evidence;
}

export interface K6ThresholdVerdict {
  /** The metric key: `http_req_duration{expected_response:true}`. */
  metric: string;
  expression: string;
  ok: boolean;
  /** The value judged, in the metric's own unit (ms for trends of time). */
  observed: number | null;
}

/** The figures a reviewer looks for first; null where the summary does not have them. */
export interface K6KeyMetrics {
  httpReqsCount: number | null;
  httpReqsPerSecond: number | null;
  httpReqDurationP95Ms: number | null;
  httpReqDurationP99Ms: number | null;
  /** Fraction of failed requests, 0..1. */
  httpReqFailedRate: number | null;
  checksPasses: number | null;
  checksFails: number | null;
  vusMax: number | null;
}

export interface K6ThresholdEvent {
  kind: 'failed' | 'recovered';
  atMs: number;
  /** `metric key: expression`. */
  key: string;
  observed: number | null;
  evidence: Evidence;
}
