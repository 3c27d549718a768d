import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importK6Summary } from '../../../electron/host/k6/summary/k6SummaryImport';
import type { K6ImportedSummary, K6SummaryProblem } from '../../../electron/host/k6/summary/k6SummaryTypes';
import { K6_SAMPLES } from '../../support/k6Samples';

const REAL_SAMPLES = K6_SAMPLES;
const HAND_WRITTEN = `${__dirname}/../../fixtures/k6`;

function imported(path: string): K6ImportedSummary {
  const result = importK6Summary(readFileSync(path, 'utf8'), path);
  if (!result.ok) throw new Error(result.problem.message);
  return result.summary;
}

function refused(text: string): K6SummaryProblem {
  const result = importK6Summary(text, 'summary.json');
  if (result.ok) throw new Error(`expected a problem, got a ${result.summary.format} summary`);
  return result.problem;
}

const CHILD_CHECKS = [
  { path: '::child::check1', passes: 30, fails: 0 },
  { path: '::child::check3', passes: 10, fails: 5 },
  { path: '::child::check2', passes: 5, fails: 10 },
];

describe("k6's handleSummary data (real sample)", () => {
  const summary = imported(`${REAL_SAMPLES}/handlesummary-data-unit.json`);

  it('reads every metric with its type, contents, values and thresholds as in the file', () => {
    expect(summary.format).toBe('handle-summary');
    expect(summary.metrics).toEqual({
      checks: {
        type: 'rate',
        contains: 'default',
        values: { passes: 45, fails: 15, rate: 0.75 },
        thresholds: [{ expression: 'rate>70', ok: true }],
      },
      my_trend: {
        type: 'trend',
        contains: 'time',
        values: { max: 20, 'p(90)': 19, 'p(95)': 19.5, 'p(99)': 19.9, count: 3, avg: 15, min: 10, med: 15 },
        thresholds: [{ expression: 'my_trend<1000', ok: false }],
      },
      vus: { type: 'gauge', contains: 'default', values: { value: 1, min: 1, max: 1 }, thresholds: [] },
      http_reqs: {
        type: 'counter',
        contains: 'default',
        values: { count: 3, rate: 3 },
        thresholds: [{ expression: 'rate<100', ok: false }],
      },
    });
    expect(summary.thresholdsFailed).toBe(2);
  });

  it('reads the nested checks in file order, the duration, and no verdict of its own', () => {
    expect(summary.checks).toEqual(CHILD_CHECKS);
    expect(summary.testDurationMs).toBe(1000);
    expect(summary.testPassed).toBeNull();
  });
});

describe('the legacy --summary-export file (real sample)', () => {
  const summary = imported(`${REAL_SAMPLES}/summary-export-legacy.json`);

  it('turns `true` into a failed threshold and `false` into a passed one', () => {
    expect(summary.format).toBe('summary-export');
    expect(summary.metrics.checks?.thresholds).toEqual([{ expression: 'rate>70', ok: true }]);
    expect(summary.metrics.http_reqs?.thresholds).toEqual([{ expression: 'rate<100', ok: false }]);
    expect(summary.metrics.my_trend?.thresholds).toEqual([{ expression: 'my_trend<1000', ok: false }]);
    expect(summary.metrics.vus?.thresholds).toEqual([]);
    expect(summary.thresholdsFailed).toBe(2);
  });

  it('reads the flat values under the handleSummary names, the type told by the keys', () => {
    expect(summary.metrics.checks).toMatchObject({
      type: 'rate',
      contains: null,
      values: { passes: 45, fails: 15, rate: 0.75 },
    });
    expect(summary.metrics.checks?.values).not.toHaveProperty('value');
    expect(summary.metrics.http_reqs).toMatchObject({ type: 'counter', values: { count: 3, rate: 3 } });
    expect(summary.metrics.vus).toMatchObject({ type: 'gauge', values: { value: 1, min: 1, max: 1 } });
    expect(summary.metrics.my_trend).toMatchObject({
      type: 'trend',
      values: { avg: 15, max: 20, med: 15, min: 10, 'p(90)': 19, 'p(95)': 19.5, 'p(99)': 19.9, count: 3 },
    });
  });

  it('reads the checks nested in objects keyed by name, with no duration', () => {
    expect(summary.checks).toEqual([
      { path: '::child::check1', passes: 30, fails: 0 },
      { path: '::child::check2', passes: 5, fails: 10 },
      { path: '::child::check3', passes: 10, fails: 5 },
    ]);
    expect(summary.testDurationMs).toBeNull();
  });

  it('agrees with the handleSummary sample of the same run on every verdict', () => {
    const modern = imported(`${REAL_SAMPLES}/handlesummary-data-unit.json`);
    for (const [name, metric] of Object.entries(modern.metrics)) {
      expect(summary.metrics[name]?.thresholds, name).toEqual(metric.thresholds);
      expect(summary.metrics[name]?.type, name).toBe(metric.type);
    }
  });
});

describe('the machine-readable summary 1.0 (hand-written from the schema)', () => {
  const summary = imported(`${HAND_WRITTEN}/summary-v1.json`);

  it('reads the metric list, submetrics included, and the check metrics', () => {
    expect(summary.format).toBe('summary-v1');
    expect(Object.keys(summary.metrics)).toEqual([
      'http_reqs',
      'http_req_duration',
      'http_req_duration{expected_response:true}',
      'http_req_failed',
      'vus',
      'data_received',
      'checks_total',
      'checks_succeeded',
    ]);
    expect(summary.metrics['http_req_duration{expected_response:true}']).toEqual({
      type: 'trend',
      contains: 'time',
      values: { avg: 170.2, min: 41.2, med: 148.3, max: 640.5, 'p(90)': 322.8, 'p(95)': 401.6 },
      thresholds: [],
    });
    expect(summary.metrics.data_received).toMatchObject({ type: 'counter', contains: 'data' });
  });

  it('turns a rate’s matches of total into passes and fails', () => {
    expect(summary.metrics.http_req_failed?.values).toEqual({ rate: 0.05, passes: 61, fails: 1159 });
    expect(summary.metrics.checks_succeeded?.values).toEqual({ rate: 0.95, passes: 2318, fails: 122 });
  });

  it('reads the checks by name, the duration in milliseconds and the verdict', () => {
    expect(summary.checks).toEqual([
      { path: 'status is 200', passes: 1159, fails: 61 },
      { path: 'body has order id', passes: 1159, fails: 61 },
    ]);
    expect(summary.testDurationMs).toBe(30500);
    expect(summary.testPassed).toBe(false);
    expect(summary.thresholdsFailed).toBe(0);
  });

  it('refuses another major version and accepts a later 1.x', () => {
    const text = readFileSync(`${HAND_WRITTEN}/summary-v1.json`, 'utf8');
    expect(refused(text.replace('"version": "1.0.0"', '"version": "2.0.0"')).message).toBe(
      'summary.json: machine-readable summary version 2.0.0 is not supported; expected 1.x',
    );
    const later = importK6Summary(text.replace('"version": "1.0.0"', '"version": "1.4.2"'), 'later.json');
    expect(later.ok && later.summary.format).toBe('summary-v1');
  });
});

describe('missing fields', () => {
  it('reads handleSummary data with no root_group, state or thresholds', () => {
    const summary = imported(`${HAND_WRITTEN}/handlesummary-minimal.json`);
    expect(summary).toEqual({
      format: 'handle-summary',
      metrics: {
        iterations: {
          type: 'counter',
          contains: 'default',
          values: { count: 12, rate: 1.2 },
          thresholds: [],
        },
        iteration_duration: {
          type: 'trend',
          contains: 'time',
          values: { avg: 1004.5, 'p(95)': 1010.2 },
          thresholds: [],
        },
      },
      checks: [],
      testDurationMs: null,
      thresholdsFailed: 0,
      testPassed: null,
    });
  });

  it('reads a legacy export with no root_group nor thresholds', () => {
    const summary = imported(`${HAND_WRITTEN}/summary-export-minimal.json`);
    expect(summary.format).toBe('summary-export');
    expect(summary.checks).toEqual([]);
    expect(summary.metrics.http_req_duration).toMatchObject({ type: 'trend', thresholds: [] });
    expect(summary.metrics.http_reqs?.values).toEqual({ count: 40, rate: 19.768856959496336 });
  });

  it('reads a summary 1.0 with only the required results, and one with no metrics at all as empty', () => {
    const bare = importK6Summary('{"results": {"metrics": []}}', 'bare.json');
    expect(bare).toEqual({
      ok: true,
      summary: {
        format: 'summary-v1',
        metrics: {},
        checks: [],
        testDurationMs: null,
        thresholdsFailed: 0,
        testPassed: null,
      },
    });
    const empty = importK6Summary('{"metrics": {}, "state": {"testRunDurationMs": 5}}', 'empty.json');
    expect(empty.ok && empty.summary).toMatchObject({
      format: 'handle-summary',
      metrics: {},
      testDurationMs: 5,
    });
  });

  it('reads a metric without values or type as empty rather than refusing the file', () => {
    const summary = imported(`${REAL_SAMPLES}/handlesummary-data-unit.json`);
    const text = JSON.stringify({ metrics: { ...summary.metrics, odd: { type: 'trend' } } });
    const result = importK6Summary(text, 'odd.json');
    expect(result.ok && result.summary.metrics.odd).toEqual({
      type: 'trend',
      contains: null,
      values: {},
      thresholds: [],
    });
  });
});

describe('unknown fields', () => {
  const summary = imported(`${HAND_WRITTEN}/handlesummary-unknown-fields.json`);

  it('ignores fields k6 does not write, and values that are not numbers', () => {
    expect(summary.metrics['http_req_duration{expected_response:true}']).toEqual({
      type: 'trend',
      contains: 'time',
      values: { avg: 120.5, 'p(95)': 210.25, 'p(99.9)': 498.75 },
      thresholds: [
        { expression: 'p(95)<200', ok: false },
        { expression: 'avg<150', ok: true },
      ],
    });
    expect(summary.checks).toEqual([{ path: '::status is 200', passes: 9, fails: 1 }]);
    expect(summary.testDurationMs).toBe(2500.5);
    expect(summary.thresholdsFailed).toBe(1);
  });

  it('keeps a metric whose type or contents it does not know, naming neither', () => {
    expect(summary.metrics.grpc_streams).toEqual({
      type: null,
      contains: null,
      values: { count: 4 },
      thresholds: [],
    });
  });
});

describe('files that are not k6 summaries', () => {
  it('names the line and column where the JSON breaks', () => {
    expect(refused('{\n  "metrics": {\n    "vus": { "value": 1, }\n  }\n}')).toEqual({
      source: 'summary.json',
      line: 3,
      column: 26,
      message: 'summary.json:3:26: not valid JSON: Expected double-quoted property name',
    });
  });

  it('names the position of an unexpected token V8 does not locate', () => {
    const problem = refused('{"metrics":\n  tru}');
    expect([problem.line, problem.column]).toEqual([2, 6]);
    expect(problem.message).toBe("summary.json:2:6: not valid JSON: Unexpected token '}'");
  });

  it('puts a text that ends too early at its end', () => {
    expect(refused('{"metrics": {"vus": ').message).toBe(
      'summary.json:1:21: not valid JSON: Unexpected end of JSON input',
    );
    expect(refused('').message).toBe('summary.json:1:1: not valid JSON: Unexpected end of JSON input');
  });

  it('says which shapes were tried for JSON that is not a summary', () => {
    const shapes =
      'tried handleSummary data (metrics.NAME.{type, values, thresholds}), the legacy --summary-export file ' +
      '(metrics.NAME with flat values) and the machine-readable summary 1.0 (version, results.metrics[])';
    expect(refused(readFileSync(`${REAL_SAMPLES}/rest-v1-status-get.json`, 'utf8')).message).toBe(
      `summary.json: not a k6 summary: no "metrics" object; ${shapes}`,
    );
    expect(refused('[1, 2]').message).toBe(
      `summary.json: not a k6 summary: the document is not a JSON object; ${shapes}`,
    );
    const listOfMetrics = refused('{"metrics": [1]}');
    expect([listOfMetrics.line, listOfMetrics.column]).toEqual([null, null]);
    expect(listOfMetrics.message).toBe(`summary.json: not a k6 summary: no "metrics" object; ${shapes}`);
  });
});

describe('numbers at the edge', () => {
  it('keeps numbers beyond 2^53 as the nearest double and drops ones that overflow to infinity', () => {
    const result = importK6Summary(
      '{"metrics": {"data_received": {"type": "counter", "contains": "data", ' +
        '"values": {"count": 18446744073709551615, "rate": 1e308, "peak": 1e400, "low": -1e400}}}}',
      'huge.json',
    );
    expect(result.ok && result.summary.metrics.data_received?.values).toEqual({
      count: 18446744073709552000,
      rate: 1e308,
    });
  });
});
