import { describe, expect, it } from 'vitest';
import type { K6MetricType } from '../../../shared/k6/k6Types';
import {
  checkAggregationFits,
  parseThresholdExpression,
  ThresholdExpressionError,
} from '../../../shared/k6/thresholdExpression';

function columnOf(action: () => unknown): number {
  try {
    action();
  } catch (error) {
    if (error instanceof ThresholdExpressionError) return error.column;
    throw error;
  }
  throw new Error('expected a ThresholdExpressionError');
}

describe('reading a threshold expression as k6 does', () => {
  it.each([
    ['p(95)<300', 'p', 95, '<', 300, 'p(95)'],
    ['avg<=200', 'avg', null, '<=', 200, 'avg'],
    ['rate<0.01', 'rate', null, '<', 0.01, 'rate'],
    ['count>100', 'count', null, '>', 100, 'count'],
    ['value>=1', 'value', null, '>=', 1, 'value'],
    ['med==15', 'med', null, '==', 15, 'med'],
    ['min===10', 'min', null, '===', 10, 'min'],
    ['max!=20', 'max', null, '!=', 20, 'max'],
    ['p(99.9)<500', 'p', 99.9, '<', 500, 'p(99.9)'],
    ['p(99.90)<500', 'p', 99.9, '<', 500, 'p(99.9)'],
    ['p(95.0)<500', 'p', 95, '<', 500, 'p(95)'],
    ['p(0)>1', 'p', 0, '>', 1, 'p(0)'],
    ['p(100)>1', 'p', 100, '>', 1, 'p(100)'],
    ['p(0.00001)>1', 'p', 0.00001, '>', 1, 'p(1e-05)'],
    ['  p(95)  <  300  ', 'p', 95, '<', 300, 'p(95)'],
    ['p(95)\t<\n300', 'p', 95, '<', 300, 'p(95)'],
    ['\u00a0avg<1\u3000', 'avg', null, '<', 1, 'avg'],
  ])('%j → %s %s %s %s', (source, aggregation, percentile, operator, value, valueKey) => {
    expect(parseThresholdExpression(source)).toEqual({
      source,
      aggregation,
      percentile,
      operator,
      value,
      valueKey,
    });
  });

  it.each([
    ['avg<1e3', 1000],
    ['avg<1E-2', 0.01],
    ['avg<.5', 0.5],
    ['avg<5.', 5],
    ['avg<+7', 7],
    ['avg>-7', -7],
    ['avg<007', 7],
    ['avg<1_000', 1000],
    ['avg<1_0.2_5e1_0', 10.25e10],
    ['avg<0x1p4', 16],
    ['avg<0x1.8p1', 3],
    ['avg<0X_Ap-1', 5],
    ['avg<Inf', Number.POSITIVE_INFINITY],
    ['avg>-infinity', Number.NEGATIVE_INFINITY],
    ['avg!=NaN', Number.NaN],
    ['avg<1e-400', 0],
  ])('reads the literal of %j as Go does: %s', (source, value) => {
    expect(parseThresholdExpression(source).value).toBe(value);
  });

  it.each([
    ['', 1],
    ['p(95)', 1],
    ['avg<', 1],
    ['avg', 1],
    ['avg 200', 1],
    ['<300', 1],
    ['   <300', 4],
    ['AVG<200', 1],
    ['average<200', 1],
    ['my_trend<1000', 1],
    ['avg=<200', 1],
    ['avg=>200', 1],
    ['value!==5', 1],
    ['p (95)<300', 1],
    ['p( 95)<300', 3],
    ['p(95 )<300', 3],
    ['p()<300', 3],
    ['p(100.5)<300', 3],
    ['p(-1)<300', 3],
    ['p(NaN)<300', 3],
    ['p(inf)<300', 3],
    ['  p(x)<300', 5],
    ['avg< ', 6],
    ['avg<300ms', 5],
    ['avg<  3 00', 7],
    ['avg<200<300', 5],
    ['avg<1__0', 5],
    ['avg<_1', 5],
    ['avg<1_', 5],
    ['avg<0x1', 5],
    ['avg<1e', 5],
    ['avg<1e400', 5],
    ['avg<+nan', 5],
    ['avg<infin', 5],
    ['avg<.', 5],
    ['avg<1,5', 5],
  ])('refuses %j, naming column %i', (source, column) => {
    expect(columnOf(() => parseThresholdExpression(source))).toBe(column);
  });

  it('says what it expected', () => {
    expect(() => parseThresholdExpression('avg<300ms')).toThrow(
      'column 5: expected a number after "<", got "300ms"',
    );
    expect(() => parseThresholdExpression('p(101)<3')).toThrow(
      'column 3: expected a percentile between 0 and 100 in p(…), got "101"',
    );
    expect(() => parseThresholdExpression('avg')).toThrow(/column 1: expected "aggregation operator value"/);
    expect(() => parseThresholdExpression('mean<3')).toThrow(
      'column 1: expected an aggregation (value, count, rate, avg, min, med, max or p(N)), got "mean"',
    );
  });
});

describe('which aggregations fit which metric type, as k6 validates them', () => {
  const fits: Array<[K6MetricType, string]> = [
    ['counter', 'count>1'],
    ['counter', 'rate<100'],
    ['gauge', 'value<1'],
    ['rate', 'rate<0.01'],
    ['trend', 'avg<1'],
    ['trend', 'min<1'],
    ['trend', 'max<1'],
    ['trend', 'med<1'],
    ['trend', 'p(90)<1'],
    ['trend', 'p(99.99)<1'],
  ];
  it.each(fits)('a %s metric takes %j', (type, source) => {
    expect(() => checkAggregationFits(parseThresholdExpression(source), type)).not.toThrow();
  });

  const misfits: Array<[K6MetricType, string, string]> = [
    ['counter', 'value<1', 'a counter metric has no "value"; expected one of count, rate'],
    ['counter', 'avg<1', 'a counter metric has no "avg"; expected one of count, rate'],
    ['counter', 'p(95)<1', 'a counter metric has no "p(N)"; expected one of count, rate'],
    ['gauge', 'rate<0.01', 'a gauge metric has no "rate"; expected one of value'],
    ['gauge', 'count<1', 'a gauge metric has no "count"; expected one of value'],
    ['gauge', 'max<1', 'a gauge metric has no "max"; expected one of value'],
    ['rate', 'count>1', 'a rate metric has no "count"; expected one of rate'],
    ['rate', 'value>1', 'a rate metric has no "value"; expected one of rate'],
    ['trend', 'value<1', 'a trend metric has no "value"; expected one of avg, min, max, med, p(N)'],
    ['trend', 'count<1', 'a trend metric has no "count"; expected one of avg, min, max, med, p(N)'],
    ['trend', 'rate<1', 'a trend metric has no "rate"; expected one of avg, min, max, med, p(N)'],
  ];
  it.each(misfits)('a %s metric refuses %j', (type, source, message) => {
    expect(() => checkAggregationFits(parseThresholdExpression(source), type)).toThrow(
      `column 1: ${message}`,
    );
  });

  it('points at the aggregation past leading spaces', () => {
    expect(columnOf(() => checkAggregationFits(parseThresholdExpression('  count>1'), 'rate'))).toBe(3);
  });
});
