import type { K6MetricType, K6MetricValues, K6ValueType } from '../../../../shared/k6/k6Types';

/** Which of k6's end-of-test summaries a file was; json-output: computed by Warroom from the --out json file. */
export type K6SummaryFormat = 'handle-summary' | 'summary-export' | 'summary-v1' | 'json-output';

export interface K6ImportedThreshold {
  expression: string;
  ok: boolean;
}

export interface K6ImportedMetric {
  /** Null when the file does not say and the values do not tell. */
  type: K6MetricType | null;
  contains: K6ValueType | null;
  /** Under k6's handleSummary names: a rate's fraction is `rate`, its counts `passes`/`fails`. */
  values: K6MetricValues;
  thresholds: K6ImportedThreshold[];
}

export interface K6ImportedCheck {
  /** `::group::check` where the file gives groups; the bare check name in a summary 1.0. */
  path: string;
  passes: number;
  fails: number;
}

/** One k6 end-of-test summary, whichever shape it came in, normalised. */
export interface K6ImportedSummary {
  format: K6SummaryFormat;
  /** Keyed by k6's metric name, submetrics included: `http_req_duration{expected_response:true}`. */
  metrics: Record<string, K6ImportedMetric>;
  checks: K6ImportedCheck[];
  testDurationMs: number | null;
  thresholdsFailed: number;
  /** A summary 1.0's `results.passed`; the other shapes do not say. */
  testPassed: boolean | null;
}

export interface K6SummaryProblem {
  source: string;
  /** 1-based; null when the problem is the document as a whole. */
  line: number | null;
  column: number | null;
  /** `source:line:column: what is wrong`, ready to show. */
  message: string;
}

export type K6SummaryImport =
  | { ok: true; summary: K6ImportedSummary }
  | { ok: false; problem: K6SummaryProblem };
