import { describe, expect, it } from 'vitest';
import { apiMetricsSummary, apiMetricValueWords } from '../../../renderer/state/k6/k6ApiMetricWords';
import type { K6ApiMetric } from '../../../shared/k6StatusTypes';

const metric = (overrides: Partial<K6ApiMetric>): K6ApiMetric => ({
  name: 'm',
  type: 'counter',
  contains: 'default',
  tainted: null,
  values: {},
  ...overrides,
});

describe("k6's REST figures in the bar", () => {
  it('reads each value in its unit: times in ms, rates as %, counters per second, data in bytes', () => {
    expect(
      apiMetricValueWords(metric({ type: 'trend', contains: 'time', values: { avg: 122.5, 'p(95)': 1580 } })),
    ).toBe('avg 123 ms · p(95) 1.58 s');
    expect(apiMetricValueWords(metric({ type: 'rate', values: { rate: 0.04, passes: 4, fails: 96 } }))).toBe(
      'rate 4 % · passes 4 · fails 96',
    );
    expect(apiMetricValueWords(metric({ values: { count: 12000, rate: 40 } }))).toBe('count 12k · rate 40/s');
    expect(apiMetricValueWords(metric({ contains: 'data', values: { count: 2048, rate: 512 } }))).toBe(
      'count 2 KiB · rate 512 B/s',
    );
    expect(apiMetricValueWords(metric({ type: 'gauge', values: { value: 20, min: 1, max: 50 } }))).toBe(
      'value 20 · min 1 · max 50',
    );
  });

  it('says how many metrics and how many have a failed threshold', () => {
    expect(
      apiMetricsSummary([metric({}), metric({ name: 'b', tainted: true }), metric({ tainted: false })]),
    ).toBe("3 metrics from k6's API, 1 with a failed threshold");
    expect(apiMetricsSummary([metric({})])).toBe("1 metric from k6's API");
  });
});
