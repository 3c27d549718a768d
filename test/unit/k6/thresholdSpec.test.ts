import { describe, expect, it } from 'vitest';
import type { K6ThresholdSource } from '../../../shared/k6/k6Types';
import { readThresholdSpec } from '../../../shared/k6/thresholdSpec';

describe("a threshold's string and object forms", () => {
  it('reads the string form: no abort', () => {
    const spec = readThresholdSpec('http_req_duration{expected_response:true}', 'trend', 'p(95)<300');
    expect(spec.target).toMatchObject({ metric: 'http_req_duration', tags: { expected_response: 'true' } });
    expect(spec.expression).toMatchObject({ aggregation: 'p', percentile: 95, operator: '<', value: 300 });
    expect(spec).toMatchObject({ abortOnFail: false, delayAbortEvalMs: null });
  });

  it('reads the object form the same way, with its abort settings', () => {
    const spec = readThresholdSpec('http_req_failed', 'rate', {
      threshold: 'rate<0.01',
      abortOnFail: true,
      delayAbortEval: '10s',
    });
    expect(spec.expression).toMatchObject({ aggregation: 'rate', operator: '<', value: 0.01 });
    expect(spec).toMatchObject({ abortOnFail: true, delayAbortEvalMs: 10_000 });
  });

  it('reads the null delayAbortEval that Metric lines write when it is unset', () => {
    const written = JSON.parse('{"threshold":"rate<0.01","abortOnFail":true,"delayAbortEval":null}');
    expect(readThresholdSpec('checks', 'rate', written as K6ThresholdSource)).toMatchObject({
      abortOnFail: true,
      delayAbortEvalMs: null,
    });
  });

  it.each([
    ['10s', 10_000],
    ['1m30s', 90_000],
    ['1.5h', 5_400_000],
    ['300ms', 300],
    ['.5s', 500],
    ['2us', 0.002],
    ['2µs', 0.002],
    ['1500', 1500],
    ['1e3', 1000],
    ['0', 0],
    ['1d', 86_400_000],
    ['1d12h', 129_600_000],
  ])('reads delayAbortEval %j as k6 does: %s ms', (delayAbortEval, ms) => {
    const spec = readThresholdSpec('checks', 'rate', {
      threshold: 'rate>0.9',
      abortOnFail: true,
      delayAbortEval,
    });
    expect(spec.delayAbortEvalMs).toBe(ms);
  });

  it.each(['', '10x', 's', '1.5d', '1d-1h', '1m30', 'ten seconds'])(
    'refuses delayAbortEval %j',
    (delayAbortEval) => {
      expect(() =>
        readThresholdSpec('checks', 'rate', { threshold: 'rate>0.9', abortOnFail: true, delayAbortEval }),
      ).toThrow(/duration|days/);
    },
  );

  it('refuses an object form without its threshold, an expression that does not fit, and a bad key', () => {
    expect(() =>
      readThresholdSpec('checks', 'rate', { abortOnFail: true } as unknown as K6ThresholdSource),
    ).toThrow('column 1: expected "aggregation operator value"');
    expect(() => readThresholdSpec('vus', 'gauge', { threshold: 'p(95)<1' })).toThrow(
      'a gauge metric has no "p(N)"',
    );
    expect(() => readThresholdSpec('checks{scenario}', 'rate', 'rate>0.9')).toThrow(
      'column 8: expected "tag:value"',
    );
  });
});
