import { describe, expect, it } from 'vitest';
import {
  CounterAggregate,
  GaugeAggregate,
  RateAggregate,
  TrendAggregate,
} from '../../../electron/host/k6/aggregate/metricAggregate';
import { K6_DEFAULT_TREND_STATS, parseTrendStats } from '../../../electron/host/k6/aggregate/trendStats';

describe('metric aggregates', () => {
  it('counter: count sums the values and rate divides by the duration in seconds', () => {
    const counter = new CounterAggregate();
    for (const bytes of [512, 1024, 2048]) counter.add(bytes);
    expect(counter.values(4000)).toEqual({ count: 3584, rate: 896 });
    expect(counter.values(0)).toEqual({ count: 3584, rate: 0 });
  });

  it('gauge: value is the latest point by time even when lines arrive out of order', () => {
    const gauge = new GaugeAggregate();
    gauge.add(10, 2000);
    gauge.add(-3, 1000);
    gauge.add(7, 2000);
    expect(gauge.values()).toEqual({ value: 7, min: -3, max: 10 });
    gauge.reset();
    expect(gauge.values()).toEqual({ value: 0, min: 0, max: 0 });
  });

  it('rate: any non-zero value passes', () => {
    const rate = new RateAggregate();
    for (const value of [1, 0, 0, 1, 0.5, -1, 0, 1]) rate.add(value);
    expect(rate.values()).toEqual({ rate: 5 / 8, passes: 5, fails: 3 });
  });

  it("trend: k6's default stats, and count and p(99.9) when the script asks", () => {
    const defaults = new TrendAggregate(parseTrendStats(K6_DEFAULT_TREND_STATS));
    for (const value of [10, 15, 20]) defaults.add(value);
    expect(Object.keys(defaults.values())).toEqual(['avg', 'min', 'med', 'max', 'p(90)', 'p(95)']);
    expect(defaults.values()).toMatchObject({ avg: 15, min: 10, max: 20 });
    const custom = new TrendAggregate(parseTrendStats(['count', 'p(99.9)']));
    for (const value of [10, 15, 20]) custom.add(value);
    expect(custom.values()).toEqual({ count: 3, 'p(99.9)': expect.closeTo(19.99, 1) });
    expect(new TrendAggregate(parseTrendStats(['avg', 'p(50)'])).values()).toEqual({ avg: 0, 'p(50)': 0 });
  });

  it('refuses a trend stat k6 would refuse, naming it', () => {
    expect(() => parseTrendStats(['avg', 'p95'])).toThrow("unknown trend stat 'p95'");
    expect(() => parseTrendStats(['p(101)'])).toThrow("unknown trend stat 'p(101)'");
    expect(() => parseTrendStats(['mean'])).toThrow("unknown trend stat 'mean'");
  });
});
