import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_BINS_PER_SIGN, QuantileSketch } from '../../../electron/host/k6/aggregate/quantileSketch';
import { K6_SAMPLES } from '../../support/k6Samples';
import { exactQuantile, relativeError, seededRandom } from './aggregateExact';

const QUANTILES = [0, 0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99, 0.999, 1];
/** Issue 7's bound, plus room for floating-point rounding only. */
const ALLOWED_ERROR = 0.01 + 1e-12;
const SAMPLES = 20_000;

function gaussian(random: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

const DISTRIBUTIONS: Record<string, (random: () => number) => number> = {
  'uniform 0..1000 ms': (random) => random() * 1000,
  'lognormal around 120 ms': (random) => Math.exp(Math.log(120) + 0.8 * gaussian(random)),
  'bimodal 5 ms cache hits and 800 ms misses': (random) =>
    random() < 0.7 ? 5 + random() * 2 : 800 + 100 * gaussian(random) ** 2,
  'constant 42.5 ms': () => 42.5,
  'a third zeros (blocked, connecting)': (random) => (random() < 0.33 ? 0 : random() * 50),
  'microseconds to minutes': (random) => 10 ** (random() * 8 - 3),
};

function sketchOf(values: readonly number[]): QuantileSketch {
  const sketch = new QuantileSketch();
  for (const value of values) sketch.add(value);
  return sketch;
}

function worstError(sketch: QuantileSketch, values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.max(...QUANTILES.map((q) => relativeError(sketch.quantile(q), exactQuantile(sorted, q))));
}

describe('quantile sketch', () => {
  for (const [name, draw] of Object.entries(DISTRIBUTIONS)) {
    it(`stays within 1 % of k6's exact percentiles: ${name}`, () => {
      const random = seededRandom(name.length);
      const values = Array.from({ length: SAMPLES }, () => draw(random));
      const sketch = sketchOf(values);
      expect(worstError(sketch, values)).toBeLessThanOrEqual(ALLOWED_ERROR);
      expect(sketch.count).toBe(SAMPLES);
      expect(sketch.min).toBe(Math.min(...values));
      expect(sketch.max).toBe(Math.max(...values));
    });
  }

  it('matches the percentiles k6 reported for the handleSummary sample trend (10, 15, 20)', () => {
    const sample = JSON.parse(readFileSync(join(K6_SAMPLES, 'handlesummary-data-unit.json'), 'utf8')) as {
      metrics: { my_trend: { values: Record<string, number> } };
    };
    const expected = sample.metrics.my_trend.values;
    const sketch = sketchOf([20, 10, 15]);
    for (const [key, q] of [
      ['med', 0.5],
      ['p(90)', 0.9],
      ['p(95)', 0.95],
      ['p(99)', 0.99],
    ] as const) {
      expect(relativeError(sketch.quantile(q), expected[key] as number)).toBeLessThanOrEqual(ALLOWED_ERROR);
    }
  });

  it('holds the bound on any zero or positive values down to a nanosecond in ms (property)', () => {
    const millisecondsOrZero = fc.oneof(fc.constant(0), fc.double({ min: 1e-6, max: 1e7, noNaN: true }));
    fc.assert(
      fc.property(
        fc.array(millisecondsOrZero, { minLength: 1, maxLength: 300 }),
        // p(N) with up to two decimals, as scripts write them.
        fc.integer({ min: 0, max: 10_000 }).map((n) => n / 10_000),
        (values, q) => {
          const sorted = [...values].sort((a, b) => a - b);
          const estimate = sketchOf(values).quantile(q);
          return relativeError(estimate, exactQuantile(sorted, q)) <= ALLOWED_ERROR;
        },
      ),
      { numRuns: 300, seed: 7 },
    );
  });

  it('orders negative values, zeros and positive values (gauges may go below zero)', () => {
    const values = [-500, -20, -3, 0, 0, 4, 90, 700];
    const sketch = sketchOf(values);
    const sorted = [...values].sort((a, b) => a - b);
    for (let rank = 0; rank < values.length; rank++) {
      const q = rank / (values.length - 1);
      expect(relativeError(sketch.quantile(q), exactQuantile(sorted, q))).toBeLessThanOrEqual(ALLOWED_ERROR);
    }
    expect(sketch.sum).toBe(271);
  });

  it('merges into the same answers as one sketch fed everything', () => {
    const random = seededRandom(11);
    const values = Array.from({ length: 10_000 }, () => Math.exp(4 + gaussian(random)));
    const merged = sketchOf(values.slice(0, 3000));
    merged.merge(sketchOf(values.slice(3000)));
    const whole = sketchOf(values);
    for (const q of QUANTILES) expect(merged.quantile(q)).toBe(whole.quantile(q));
    expect([merged.count, merged.min, merged.max]).toEqual([whole.count, whole.min, whole.max]);
    expect(merged.sum).toBeCloseTo(whole.sum, 6);
  });

  it('keeps its bins bounded on a range too wide for them, folding the lowest values', () => {
    const sketch = new QuantileSketch();
    // 1e-10 .. 1e30: a range of e^92, more than MAX_BINS_PER_SIGN bins at 1 % can span.
    const values = Array.from({ length: 4001 }, (_, index) => 10 ** (index / 100 - 10));
    for (const value of values) sketch.add(value);
    expect(sketch.allocatedBins()).toBeLessThanOrEqual(MAX_BINS_PER_SIGN);
    const sorted = [...values].sort((a, b) => a - b);
    for (const q of [0.75, 0.9, 0.99]) {
      expect(relativeError(sketch.quantile(q), exactQuantile(sorted, q))).toBeLessThanOrEqual(ALLOWED_ERROR);
    }
    // The median (1e10) lies below the e^41 kept under the maximum, so it was folded upwards.
    expect(sketch.quantile(0.5)).toBeGreaterThan(exactQuantile(sorted, 0.5) * 1.01);
    expect(sketch.quantile(0)).toBe(1e-10);
  });

  it('answers 0 when empty and the value itself for one point, and forgets everything on reset', () => {
    const sketch = new QuantileSketch();
    expect(sketch.quantile(0.95)).toBe(0);
    sketch.add(3.25);
    expect(sketch.quantile(0.95)).toBe(3.25);
    sketch.reset();
    expect([sketch.count, sketch.sum, sketch.quantile(0.5)]).toEqual([0, 0, 0]);
  });
});
