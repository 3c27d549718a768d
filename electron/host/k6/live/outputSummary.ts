import type { K6ThresholdStatus } from '../../../../shared/k6StatusTypes';
import { aggregatedChecks } from '../aggregate/aggregatedChecks';
import type { K6Aggregator } from '../aggregate/k6Aggregator';
import type { K6ImportedMetric, K6ImportedSummary } from '../summary/k6SummaryTypes';

/**
 * The summary of the output read so far, in the shape an imported k6 summary has, so the journal and
 * the report treat both alike: every metric's values, the thresholds with their current verdicts,
 * and the checks by `::group::check` path.
 */
export function outputSummary(
  aggregator: K6Aggregator,
  thresholds: readonly K6ThresholdStatus[],
): K6ImportedSummary {
  const metrics: Record<string, K6ImportedMetric> = {};
  for (const [name, metric] of Object.entries(aggregator.summary())) {
    metrics[name] = { type: metric.type, contains: metric.contains, values: metric.values, thresholds: [] };
  }
  for (const threshold of thresholds) {
    const metric = metrics[threshold.metricKey] ?? {
      type: null,
      contains: null,
      values: {},
      thresholds: [],
    };
    metric.thresholds.push({ expression: threshold.expression, ok: threshold.verdict === 'ok' });
    metrics[threshold.metricKey] = metric;
  }
  return {
    format: 'json-output',
    metrics,
    checks: aggregatedChecks(aggregator),
    testDurationMs: aggregator.durationMs(),
    thresholdsFailed: thresholds.filter((threshold) => threshold.verdict === 'failed').length,
    testPassed: null,
  };
}
