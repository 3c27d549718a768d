import type { K6MetricType, K6MetricValues } from '../../../../shared/k6/k6Types';
import type { ThresholdExpression } from '../../../../shared/k6/thresholdExpression';

export type ThresholdVerdict = 'ok' | 'failed';

/** A metric's values as thresholds see them. */
export interface ThresholdInputs {
  values: K6MetricValues;
  /** For a `p(N)` not among `values`: the trend's N-th percentile, N between 0 and 100. */
  percentile?: (n: number) => number;
}

/**
 * Judges one expression as k6 does (metrics/thresholds.go): the named value compared with the literal.
 * A value k6 has not computed (a rate with no samples yet) passes: k6 treats a missing value as
 * "nothing to judge yet" and counts the threshold as ok.
 */
export function evaluateThreshold(
  expression: ThresholdExpression,
  inputs: ThresholdInputs,
): ThresholdVerdict {
  const actual = valueFor(expression, inputs);
  if (actual === undefined) return 'ok';
  return compare(actual, expression) ? 'ok' : 'failed';
}

/**
 * What k6 judges a metric with no samples on at the end of a test (during the test it skips such a
 * metric entirely): counters, gauges and trends read as zeros, a rate has no value and so passes.
 */
export function emptyMetricInputs(metricType: K6MetricType): ThresholdInputs {
  switch (metricType) {
    case 'counter':
      return { values: { count: 0, rate: 0 } };
    case 'gauge':
      return { values: { value: 0 } };
    case 'trend':
      return { values: { min: 0, max: 0, avg: 0, med: 0 }, percentile: () => 0 };
    case 'rate':
      return { values: {} };
  }
}

function valueFor(expression: ThresholdExpression, inputs: ThresholdInputs): number | undefined {
  const known = inputs.values[expression.valueKey];
  if (known !== undefined) return known;
  if (expression.percentile === null || !inputs.percentile) return undefined;
  return inputs.percentile(expression.percentile);
}

function compare(actual: number, { operator, value }: ThresholdExpression): boolean {
  switch (operator) {
    case '>':
      return actual > value;
    case '>=':
      return actual >= value;
    case '<':
      return actual < value;
    case '<=':
      return actual <= value;
    // Both compare two float64s in k6, so strict and loose equality are the same test.
    case '==':
    case '===':
      return actual === value;
    case '!=':
      return actual !== value;
  }
}
