import type { K6ThresholdSource } from '../../../../shared/k6/k6Types';
import { parseSubmetricKey } from '../../../../shared/k6/submetricKey';
import {
  parseThresholdExpression,
  type ThresholdAggregation,
  type ThresholdExpression,
} from '../../../../shared/k6/thresholdExpression';
import type { TargetComparator, TargetSpec } from '../../../../shared/targetTypes';

/** What one line of a k6 panel draws, in k6's threshold words: `value`, `rate`, `avg`, `p` with 99… */
export interface K6LineAggregation {
  aggregation: ThresholdAggregation;
  /** For `p`: N. */
  percentile: number | null;
}

/** The operators a line on a chart can stand for; k6's `===`, `==` and `!=` have no line. */
const LINE_OPERATORS: ReadonlySet<string> = new Set<TargetComparator>(['<', '<=', '>', '>=']);

/**
 * The target a line carries: the first of the environment's thresholds on the whole `metric` (its key
 * has no tag selector) whose operator is a line's and whose aggregation is the line's, its value
 * brought into the panel's unit by `toPanelUnit`. k6 thresholds have no `for`: a miss is a breach.
 * Null when none fits.
 */
export function k6ThresholdTarget(
  thresholds: Readonly<Record<string, readonly K6ThresholdSource[]>>,
  metric: string,
  line: K6LineAggregation,
  toPanelUnit: (value: number) => number,
): TargetSpec | null {
  for (const [key, sources] of Object.entries(thresholds)) {
    if (!namesWholeMetric(key, metric)) continue;
    for (const source of sources) {
      const expression = parsedOrNull(typeof source === 'string' ? source : source.threshold);
      if (expression && drawsAs(expression, line)) {
        return {
          comparator: expression.operator as TargetComparator,
          value: toPanelUnit(expression.value),
          forMs: 0,
        };
      }
    }
  }
  return null;
}

function namesWholeMetric(key: string, metric: string): boolean {
  try {
    const target = parseSubmetricKey(key);
    return target.tags === null && target.metric === metric;
  } catch {
    // The workspace loader reports a bad key; here it names no metric.
    return false;
  }
}

function parsedOrNull(source: string): ThresholdExpression | null {
  try {
    return parseThresholdExpression(source);
  } catch {
    // The workspace loader reports a bad expression; it draws nothing.
    return null;
  }
}

function drawsAs(expression: ThresholdExpression, line: K6LineAggregation): boolean {
  return (
    LINE_OPERATORS.has(expression.operator) &&
    expression.aggregation === line.aggregation &&
    (line.aggregation !== 'p' || expression.percentile === line.percentile)
  );
}
