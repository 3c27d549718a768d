import { checksOfRootGroup } from './groupChecks';
import type { K6ImportedMetric, K6ImportedSummary, K6ImportedThreshold } from './k6SummaryTypes';
import {
  countFailed,
  finiteNumber,
  isObject,
  type JsonObject,
  metricType,
  numericEntries,
  objectAt,
  valueType,
} from './summaryFields';

/**
 * The data k6 passes to `handleSummary(data)`, as a script writes it out:
 * `metrics.NAME.{type, contains, values, thresholds: {expr: {ok}}}`, `root_group`, `state.testRunDurationMs`.
 */
export function readHandleSummary(document: JsonObject, metricsSource: JsonObject): K6ImportedSummary {
  const metrics: Record<string, K6ImportedMetric> = {};
  for (const [name, source] of Object.entries(metricsSource)) {
    if (!isObject(source)) continue;
    metrics[name] = {
      type: metricType(source.type),
      contains: valueType(source.contains),
      values: numericEntries(objectAt(source, 'values') ?? {}),
      thresholds: thresholdsOf(source.thresholds),
    };
  }
  return {
    format: 'handle-summary',
    metrics,
    checks: checksOfRootGroup(document.root_group),
    testDurationMs: finiteNumber(objectAt(document, 'state')?.testRunDurationMs),
    thresholdsFailed: countFailed(metrics),
    testPassed: null,
  };
}

function thresholdsOf(source: unknown): K6ImportedThreshold[] {
  if (!isObject(source)) return [];
  const thresholds: K6ImportedThreshold[] = [];
  for (const [expression, verdict] of Object.entries(source)) {
    const ok = isObject(verdict) ? verdict.ok : undefined;
    if (typeof ok === 'boolean') thresholds.push({ expression, ok });
  }
  return thresholds;
}
