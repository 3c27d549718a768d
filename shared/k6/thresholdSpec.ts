import { parseK6DurationMs } from './k6Duration';
import type { K6MetricType, K6ThresholdSource } from './k6Types';
import { parseSubmetricKey, type ThresholdTarget } from './submetricKey';
import {
  checkAggregationFits,
  parseThresholdExpression,
  type ThresholdExpression,
} from './thresholdExpression';

/** One threshold, whichever form it was written in, checked and ready to judge. */
export interface ThresholdSpec {
  target: ThresholdTarget;
  expression: ThresholdExpression;
  abortOnFail: boolean;
  /** Milliseconds into the test before a failure may abort it; null aborts at once. */
  delayAbortEvalMs: number | null;
}

/**
 * Normalises a threshold's two forms, `"p(95)<300"` and
 * `{ threshold: "p(95)<300", abortOnFail: true, delayAbortEval: "10s" }`. `Metric` lines write
 * `delayAbortEval: null` when it is unset, so null is read as unset too.
 */
export function readThresholdSpec(
  metricKey: string,
  metricType: K6MetricType,
  source: K6ThresholdSource,
): ThresholdSpec {
  const target = parseSubmetricKey(metricKey);
  const written = typeof source === 'string' ? { threshold: source } : source;
  const expression = parseThresholdExpression(written.threshold ?? '');
  checkAggregationFits(expression, metricType);
  const delay = written.delayAbortEval;
  return {
    target,
    expression,
    abortOnFail: written.abortOnFail === true,
    delayAbortEvalMs: delay === undefined || delay === null ? null : parseK6DurationMs(delay),
  };
}
