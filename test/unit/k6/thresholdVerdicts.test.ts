import { describe, expect, it } from 'vitest';
import {
  emptyMetricInputs,
  evaluateThreshold,
  type ThresholdInputs,
} from '../../../electron/host/k6/thresholds/evaluateThreshold';
import type { K6MetricType, K6MetricValues } from '../../../shared/k6/k6Types';
import { parseThresholdExpression } from '../../../shared/k6/thresholdExpression';

function verdict(source: string, inputs: ThresholdInputs): string {
  return evaluateThreshold(parseThresholdExpression(source), inputs);
}

/** k6's trend percentile: linear interpolation over the sorted samples (metrics/sink.go). */
function percentileOf(samples: number[]): (n: number) => number {
  const sorted = [...samples].sort((a, b) => a - b);
  return (n) => {
    const at = (n / 100) * (sorted.length - 1);
    const below = sorted[Math.floor(at)] ?? 0;
    const above = sorted[Math.ceil(at)] ?? 0;
    return below + (above - below) * (at - Math.floor(at));
  };
}

describe('every operator, judged by hand on a trend whose avg is 200', () => {
  const trend = { values: { avg: 200 } };
  it.each([
    ['avg<200', 'failed'],
    ['avg<200.1', 'ok'],
    ['avg<=200', 'ok'],
    ['avg<=199.9', 'failed'],
    ['avg>199', 'ok'],
    ['avg>200', 'failed'],
    ['avg>=200', 'ok'],
    ['avg>=200.5', 'failed'],
    ['avg==200', 'ok'],
    ['avg==201', 'failed'],
    ['avg===200', 'ok'],
    ['avg===199', 'failed'],
    ['avg!=200', 'failed'],
    ['avg!=1', 'ok'],
    ['avg<Inf', 'ok'],
    ['avg>-Inf', 'ok'],
    ['avg==NaN', 'failed'],
    ['avg!=NaN', 'ok'],
  ])('%s → %s', (source, expected) => {
    expect(verdict(source, trend)).toBe(expected);
  });
});

describe('every aggregation of every metric type, judged by hand', () => {
  const samples = [10, 15, 20];
  const table: Array<[K6MetricType, K6MetricValues, string, 'ok' | 'failed']> = [
    ['counter', { count: 120, rate: 4 }, 'count>100', 'ok'],
    ['counter', { count: 120, rate: 4 }, 'count<100', 'failed'],
    ['counter', { count: 120, rate: 4 }, 'rate<5', 'ok'],
    ['counter', { count: 120, rate: 4 }, 'rate>5', 'failed'],
    ['gauge', { value: 7, min: 1, max: 9 }, 'value==7', 'ok'],
    ['gauge', { value: 7, min: 1, max: 9 }, 'value>7', 'failed'],
    ['rate', { rate: 0.005, passes: 1, fails: 199 }, 'rate<0.01', 'ok'],
    ['rate', { rate: 0.005, passes: 1, fails: 199 }, 'rate>0.01', 'failed'],
    ['trend', { min: 10, max: 20, avg: 15, med: 15, 'p(90)': 19, 'p(95)': 19.5 }, 'min>=10', 'ok'],
    ['trend', { min: 10, max: 20, avg: 15, med: 15, 'p(90)': 19, 'p(95)': 19.5 }, 'min>10', 'failed'],
    ['trend', { min: 10, max: 20, avg: 15, med: 15, 'p(90)': 19, 'p(95)': 19.5 }, 'max<=20', 'ok'],
    ['trend', { min: 10, max: 20, avg: 15, med: 15, 'p(90)': 19, 'p(95)': 19.5 }, 'max<20', 'failed'],
    ['trend', { min: 10, max: 20, avg: 15, med: 15, 'p(90)': 19, 'p(95)': 19.5 }, 'avg<16', 'ok'],
    ['trend', { min: 10, max: 20, avg: 15, med: 15, 'p(90)': 19, 'p(95)': 19.5 }, 'avg<15', 'failed'],
    ['trend', { min: 10, max: 20, avg: 15, med: 15, 'p(90)': 19, 'p(95)': 19.5 }, 'med==15', 'ok'],
    ['trend', { min: 10, max: 20, avg: 15, med: 15, 'p(90)': 19, 'p(95)': 19.5 }, 'med!=15', 'failed'],
    ['trend', { min: 10, max: 20, avg: 15, med: 15, 'p(90)': 19, 'p(95)': 19.5 }, 'p(90)<19', 'failed'],
    ['trend', { min: 10, max: 20, avg: 15, med: 15, 'p(90)': 19, 'p(95)': 19.5 }, 'p(95)<=19.5', 'ok'],
    ['trend', { min: 10, max: 20, avg: 15, med: 15, 'p(90)': 19, 'p(95)': 19.5 }, 'p(95.0)<19.5', 'failed'],
    // Not among the values: asked of the percentile function, k6's interpolation over 10, 15, 20.
    ['trend', { min: 10, max: 20, avg: 15, med: 15 }, 'p(99.9)<20', 'ok'],
    ['trend', { min: 10, max: 20, avg: 15, med: 15 }, 'p(99.9)<19.9', 'failed'],
    ['trend', { min: 10, max: 20, avg: 15, med: 15 }, 'p(25)==12.5', 'ok'],
    ['trend', { min: 10, max: 20, avg: 15, med: 15 }, 'p(0)==10', 'ok'],
    ['trend', { min: 10, max: 20, avg: 15, med: 15 }, 'p(100)>20', 'failed'],
  ];
  it.each(table)('a %s with %j: %s → %s', (_type, values, source, expected) => {
    expect(verdict(source, { values, percentile: percentileOf(samples) })).toBe(expected);
  });

  it('asks the percentile function only for a percentile it lacks, with N as written', () => {
    const asked: number[] = [];
    const percentile = (n: number) => {
      asked.push(n);
      return 1;
    };
    verdict('p(95)<300', { values: { 'p(95)': 250 }, percentile });
    verdict('p(99.9)<300', { values: { 'p(95)': 250 }, percentile });
    expect(asked).toEqual([99.9]);
  });
});

describe('what k6 does with values it has not computed', () => {
  it('passes a threshold whose value is missing, as k6 passes a rate with no samples (#2520)', () => {
    expect(verdict('rate>0.9', { values: {} })).toBe('ok');
    expect(verdict('p(99)<1', { values: { 'p(95)': 5 } })).toBe('ok');
  });

  it.each([
    ['counter', 'count>0', 'failed'],
    ['counter', 'count==0', 'ok'],
    ['counter', 'rate>1', 'failed'],
    ['gauge', 'value>0', 'failed'],
    ['gauge', 'value<1', 'ok'],
    ['trend', 'avg>1', 'failed'],
    ['trend', 'p(95)<300', 'ok'],
    ['trend', 'p(99.9)>0', 'failed'],
    ['trend', 'med==0', 'ok'],
    ['rate', 'rate>0.9', 'ok'],
    ['rate', 'rate<0.01', 'ok'],
  ] as Array<[K6MetricType, string, string]>)(
    'at the end of a test, a %s without samples judges %s → %s',
    (type, source, expected) => {
      expect(verdict(source, emptyMetricInputs(type))).toBe(expected);
    },
  );
});
