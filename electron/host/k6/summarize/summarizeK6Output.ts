import type {
  K6MetricDefinition,
  K6MetricType,
  K6MetricValues,
  K6ValueType,
} from '../../../../shared/k6/k6Types';
import { readThresholdSpec } from '../../../../shared/k6/thresholdSpec';
import { aggregatedChecks } from '../aggregate/aggregatedChecks';
import { K6Aggregator } from '../aggregate/k6Aggregator';
import { replayK6Output } from '../output/k6OutputReplay';
import type { K6OutputCounts } from '../output/k6OutputTally';
import type { K6ImportedCheck } from '../summary/k6SummaryTypes';
import { emptyMetricInputs, evaluateThreshold } from '../thresholds/evaluateThreshold';
import { type K6WindowSummary, WindowedSummary } from './windowedSummary';

/**
 * The trend values a summary carries: k6's defaults (avg, min, med, max, p(90), p(95)) with the
 * count and p(99) the war room also reads.
 */
export const SUMMARY_TREND_STATS = ['count', 'avg', 'min', 'med', 'max', 'p(90)', 'p(95)', 'p(99)'] as const;

/** One entry of the summary's `metrics`, shaped as k6's handleSummary data. */
export interface K6SummarizedMetric {
  type: K6MetricType;
  contains: K6ValueType;
  values: K6MetricValues;
  /** By expression, as k6 writes them; only on metrics with thresholds. */
  thresholds?: Record<string, { ok: boolean }>;
}

export interface K6OutputSummary {
  metrics: Record<string, K6SummarizedMetric>;
  thresholdsFailed: number;
  /** Thresholds that could not be judged, each naming its metric and why. */
  thresholdProblems: string[];
  durationMs: number;
  counts: K6OutputCounts;
  /** The checks by `::group::check` path. */
  checks: K6ImportedCheck[];
  /** With `windowMs`: the metrics of each window of that length, oldest first. */
  windows?: K6WindowSummary[];
  /** Points that arrived after their window had closed: in the summary, in no window. */
  latePoints?: number;
}

export interface SummarizeOptions {
  /** Also summarise each window of this many milliseconds (`--window 1s`). */
  windowMs?: number;
}

/**
 * Summarises a finished `k6 run --out json` file (plain or .gz) as k6's end-of-test summary does:
 * every metric's values, and the thresholds the Metric lines carry judged at the end of the test.
 */
export async function summarizeK6Output(
  path: string,
  options: SummarizeOptions = {},
): Promise<K6OutputSummary> {
  const aggregator = new K6Aggregator({ trendStats: SUMMARY_TREND_STATS });
  const windowed = options.windowMs ? new WindowedSummary(options.windowMs, SUMMARY_TREND_STATS) : null;
  const definitions: K6MetricDefinition[] = [];
  const counts = await replayK6Output(path, (line) => {
    if (line.kind === 'metric') {
      definitions.push(line.metric);
      aggregator.define(line.metric);
      windowed?.define(line.metric);
    } else if (line.kind === 'point') {
      aggregator.add(line.point);
      windowed?.add(line.point);
    }
  });
  const metrics: Record<string, K6SummarizedMetric> = aggregator.summary();
  const thresholdProblems: string[] = [];
  let thresholdsFailed = 0;
  for (const definition of definitions) {
    for (const source of definition.thresholds) {
      const expression = typeof source === 'string' ? source : source.threshold;
      const verdict = judge(aggregator, definition, source);
      if (typeof verdict === 'string') {
        thresholdProblems.push(`${definition.name}: ${expression}: ${verdict}`);
        continue;
      }
      const entry = metrics[definition.name];
      if (!entry) continue;
      entry.thresholds = { ...entry.thresholds, [expression]: { ok: verdict } };
      if (!verdict) thresholdsFailed++;
    }
  }
  const summary = {
    metrics,
    thresholdsFailed,
    thresholdProblems,
    durationMs: aggregator.durationMs(),
    counts,
    checks: aggregatedChecks(aggregator),
  };
  if (!windowed) return summary;
  return { ...summary, windows: windowed.finish(), latePoints: windowed.latePoints };
}

/** Whether the threshold held at the end of the test, or why it cannot be judged. */
function judge(
  aggregator: K6Aggregator,
  definition: K6MetricDefinition,
  source: K6MetricDefinition['thresholds'][number],
): boolean | string {
  try {
    const spec = readThresholdSpec(definition.name, definition.type, source);
    const found = aggregator.lookup(definition.name);
    if (!found) return 'the metric has no values';
    const inputs =
      found.samples === 0
        ? emptyMetricInputs(definition.type)
        : { values: found.values, percentile: found.percentile ?? undefined };
    return evaluateThreshold(spec.expression, inputs) === 'ok';
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
