import { parseGoFloat } from './goFloat';
import { goTrimLeadingSpace, goTrimSpace } from './goSpace';
import type { K6MetricType } from './k6Types';

/**
 * A threshold expression as k6 parses it (metrics/thresholds_parser.go): `aggregation operator value`,
 * e.g. `p(95)<300`, `avg <= 200`, `rate<0.01`, `count>100`, `value===1`.
 */
export interface ThresholdExpression {
  source: string;
  aggregation: ThresholdAggregation;
  /** For `p(N)`: N, between 0 and 100. */
  percentile: number | null;
  operator: ThresholdOperator;
  value: number;
  /** The name of the summary value it is judged on: `avg`, `rate`, `p(99.9)`… */
  valueKey: string;
}

export type ThresholdAggregation = 'value' | 'count' | 'rate' | 'avg' | 'min' | 'med' | 'max' | 'p';
export type ThresholdOperator = '<=' | '<' | '>=' | '>' | '===' | '==' | '!=';

/**
 * k6 tries the operators in this order and cuts at the first occurrence of the first one found with
 * something after it, so longer tokens come before their prefixes.
 */
const OPERATORS_IN_SCAN_ORDER: readonly ThresholdOperator[] = ['<=', '<', '>=', '>', '===', '==', '!='];

const KEYWORD_AGGREGATIONS: readonly ThresholdAggregation[] = [
  'value',
  'count',
  'rate',
  'avg',
  'min',
  'med',
  'max',
];

/** Which aggregations k6 accepts on which metric type (metrics/metric_type.go). */
const AGGREGATIONS_BY_TYPE: Record<K6MetricType, readonly ThresholdAggregation[]> = {
  counter: ['count', 'rate'],
  gauge: ['value'],
  rate: ['rate'],
  trend: ['avg', 'min', 'max', 'med', 'p'],
};

/** A bad expression, with the 1-based column (in the expression) where the problem starts. */
export class ThresholdExpressionError extends Error {
  constructor(
    readonly column: number,
    message: string,
  ) {
    super(`column ${column}: ${message}`);
    this.name = 'ThresholdExpressionError';
  }
}

export function parseThresholdExpression(source: string): ThresholdExpression {
  const cut = scanOperator(source);
  if (!cut) {
    throw new ThresholdExpressionError(
      1,
      `expected "aggregation operator value" with an operator among ${OPERATORS_IN_SCAN_ORDER.join(' ')} followed by a value, got "${source}"`,
    );
  }
  const left = trimmedPart(source, 0, cut.at);
  const right = trimmedPart(source, cut.at + cut.operator.length, source.length);
  const { aggregation, percentile } = readAggregation(left.text, left.column);
  const value = parseGoFloat(right.text);
  if (value === undefined) {
    throw new ThresholdExpressionError(
      right.column,
      `expected a number after "${cut.operator}", got "${right.text}"`,
    );
  }
  const valueKey = aggregation === 'p' ? percentileKey(percentile ?? 0) : aggregation;
  return { source, aggregation, percentile, operator: cut.operator, value, valueKey };
}

export function aggregationsFor(metricType: K6MetricType): readonly ThresholdAggregation[] {
  return AGGREGATIONS_BY_TYPE[metricType];
}

/** k6 refuses to start when an aggregation does not exist for the metric's type. */
export function checkAggregationFits(expression: ThresholdExpression, metricType: K6MetricType): void {
  const allowed = aggregationsFor(metricType);
  if (allowed.includes(expression.aggregation)) return;
  const column = expression.source.length - goTrimLeadingSpace(expression.source).length + 1;
  const names = allowed.map((name) => (name === 'p' ? 'p(N)' : name)).join(', ');
  const used = expression.aggregation === 'p' ? 'p(N)' : expression.aggregation;
  throw new ThresholdExpressionError(
    column,
    `a ${metricType} metric has no "${used}"; expected one of ${names}`,
  );
}

/** The summary key k6 gives a percentile: Go's `%g` of N, so `p(95)`, `p(99.9)`, `p(1e-05)`. */
export function percentileKey(percentile: number): string {
  return `p(${formatGoShortest(percentile)})`;
}

function scanOperator(source: string): { operator: ThresholdOperator; at: number } | undefined {
  for (const operator of OPERATORS_IN_SCAN_ORDER) {
    const at = source.indexOf(operator);
    if (at >= 0 && at + operator.length < source.length) return { operator, at };
  }
  return undefined;
}

function trimmedPart(source: string, start: number, end: number): { text: string; column: number } {
  const raw = source.slice(start, end);
  const withoutLeading = goTrimLeadingSpace(raw);
  return {
    text: goTrimSpace(withoutLeading),
    column: start + (raw.length - withoutLeading.length) + 1,
  };
}

function readAggregation(
  text: string,
  column: number,
): { aggregation: ThresholdAggregation; percentile: number | null } {
  const keyword = KEYWORD_AGGREGATIONS.find((name) => name === text);
  if (keyword) return { aggregation: keyword, percentile: null };
  if (text.startsWith('p(') && text.endsWith(')')) {
    const inner = text.slice(2, -1);
    const percentile = parseGoFloat(inner);
    if (percentile === undefined || Number.isNaN(percentile) || percentile < 0 || percentile > 100) {
      throw new ThresholdExpressionError(
        column + 2,
        `expected a percentile between 0 and 100 in p(…), got "${inner}"`,
      );
    }
    return { aggregation: 'p', percentile };
  }
  throw new ThresholdExpressionError(
    column,
    `expected an aggregation (value, count, rate, avg, min, med, max or p(N)), got "${text}"`,
  );
}

/** Go's `%g` for a number in [0, 100]: shortest digits, exponent form below 1e-4 with two exponent digits. */
function formatGoShortest(value: number): string {
  if (Object.is(value, -0)) return '-0';
  if (value === 0 || Math.abs(value) >= SMALLEST_PLAIN_G) return String(value);
  return value.toExponential().replace(/e([+-])(\d)$/, 'e$10$2');
}

/** Go's `%g` switches to exponent form when the decimal exponent is below -4. */
const SMALLEST_PLAIN_G = 1e-4;
