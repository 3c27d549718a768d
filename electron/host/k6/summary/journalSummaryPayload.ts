import type { K6MetricValues } from '../../../../shared/k6/k6Types';
import {
  parseThresholdExpression,
  ThresholdExpressionError,
} from '../../../../shared/k6/thresholdExpression';
import type { K6ImportedCheck, K6ImportedMetric, K6ImportedSummary, K6SummaryFormat } from './k6SummaryTypes';

/** k6's built-in metrics are about 20; room for custom metrics and submetrics without a huge event. */
const MAX_JOURNAL_METRICS = 100;
/** A report lists checks one a line; past this the failing ones (kept first) are what matters. */
const MAX_JOURNAL_CHECKS = 100;
/** A trend's default stats are 6; summaryTrendStats can ask for many more percentiles. */
const MAX_VALUES_PER_METRIC = 24;
/** Scripts set a handful per metric; a cap keeps a generated options file from bloating the event. */
const MAX_THRESHOLDS_PER_METRIC = 16;
/** Metric names, check paths and expressions are short in practice; a longer one is cut, marked with …. */
const MAX_TEXT_CHARS = 200;

export interface JournalSummaryThreshold {
  expression: string;
  ok: boolean;
  /** The summary value the expression is judged on (`p(95)` for `p(95)<300`), when the file has it. */
  observed: number | null;
}

export interface JournalSummaryMetric {
  name: string;
  type: string | null;
  contains: string | null;
  values: K6MetricValues;
  valuesOmitted: number;
  thresholds: JournalSummaryThreshold[];
  thresholdsOmitted: number;
}

export interface JournalSummaryPayload {
  source: string;
  format: K6SummaryFormat;
  testDurationMs: number | null;
  testPassed: boolean | null;
  thresholdsFailed: number;
  metrics: JournalSummaryMetric[];
  metricsOmitted: number;
  checks: K6ImportedCheck[];
  checksOmitted: number;
}

/**
 * What a `k6.summary` event carries for the report: plain JSON, bounded in size. When capped, metrics with
 * failed thresholds come first, then those with thresholds, then the rest by name; failing checks first.
 */
export function journalSummaryPayload(summary: K6ImportedSummary, source: string): JournalSummaryPayload {
  const ranked = Object.entries(summary.metrics).sort(byReportRelevance);
  const checks = [
    ...summary.checks.filter((check) => check.fails > 0),
    ...summary.checks.filter((check) => check.fails <= 0),
  ];
  return {
    source: cut(source),
    format: summary.format,
    testDurationMs: summary.testDurationMs,
    testPassed: summary.testPassed,
    thresholdsFailed: summary.thresholdsFailed,
    metrics: ranked.slice(0, MAX_JOURNAL_METRICS).map(([name, metric]) => journalMetric(name, metric)),
    metricsOmitted: Math.max(0, ranked.length - MAX_JOURNAL_METRICS),
    checks: checks.slice(0, MAX_JOURNAL_CHECKS).map((check) => ({ ...check, path: cut(check.path) })),
    checksOmitted: Math.max(0, checks.length - MAX_JOURNAL_CHECKS),
  };
}

function journalMetric(name: string, metric: K6ImportedMetric): JournalSummaryMetric {
  const entries = Object.entries(metric.values);
  const thresholds = metric.thresholds.slice(0, MAX_THRESHOLDS_PER_METRIC).map((threshold) => ({
    expression: cut(threshold.expression),
    ok: threshold.ok,
    observed: observedValue(threshold.expression, metric.values),
  }));
  return {
    name: cut(name),
    type: metric.type,
    contains: metric.contains,
    values: Object.fromEntries(
      entries.slice(0, MAX_VALUES_PER_METRIC).map(([key, value]) => [cut(key), value]),
    ),
    valuesOmitted: Math.max(0, entries.length - MAX_VALUES_PER_METRIC),
    thresholds,
    thresholdsOmitted: Math.max(0, metric.thresholds.length - MAX_THRESHOLDS_PER_METRIC),
  };
}

function observedValue(expression: string, values: K6MetricValues): number | null {
  try {
    const { valueKey } = parseThresholdExpression(expression);
    return values[valueKey] ?? null;
  } catch (error) {
    if (error instanceof ThresholdExpressionError) return null;
    throw error;
  }
}

function byReportRelevance(
  [nameA, a]: [string, K6ImportedMetric],
  [nameB, b]: [string, K6ImportedMetric],
): number {
  return relevance(b) - relevance(a) || (nameA < nameB ? -1 : nameA > nameB ? 1 : 0);
}

function relevance(metric: K6ImportedMetric): number {
  if (metric.thresholds.some((threshold) => !threshold.ok)) return 2;
  return metric.thresholds.length > 0 ? 1 : 0;
}

function cut(text: string): string {
  return text.length <= MAX_TEXT_CHARS ? text : `${text.slice(0, MAX_TEXT_CHARS - 1)}…`;
}
