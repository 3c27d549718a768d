import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseK6OutputLine } from '../../../electron/host/k6/output/k6OutputLine';
import { k6OutputLines, k6OutputText } from '../../support/k6OutputGenerator';
import { K6_SAMPLES } from '../../support/k6Samples';

const SAMPLE = join(K6_SAMPLES, 'k6-out-json-unit-expected.ndjson');
const at = (iso: string) => Date.parse(iso);

describe('parseK6OutputLine on the real k6 samples', () => {
  it('parses every Metric and Point line with its exact values', () => {
    const lines = readFileSync(SAMPLE, 'utf8').trimEnd().split('\n');
    expect(lines.map((line, i) => parseK6OutputLine(line, i + 1))).toEqual([
      {
        kind: 'metric',
        metric: {
          name: 'my_metric1',
          type: 'gauge',
          contains: 'default',
          thresholds: ['rate<0.01', 'p(99)<250'],
          submetrics: [{ name: 'my_metric1{a:1,b:2}', suffix: 'a:1,b:2', tags: { a: '1', b: '2' } }],
        },
      },
      {
        kind: 'point',
        point: { metric: 'my_metric1', timeMs: at('2021-02-24T13:37:10Z'), value: 1, tags: { tag1: 'val1' } },
      },
      {
        kind: 'point',
        point: { metric: 'my_metric1', timeMs: at('2021-02-24T13:37:10Z'), value: 2, tags: { tag2: 'val2' } },
      },
      {
        kind: 'metric',
        metric: { name: 'my_metric2', type: 'counter', contains: 'data', thresholds: [], submetrics: [] },
      },
      {
        kind: 'point',
        point: { metric: 'my_metric2', timeMs: at('2021-02-24T13:37:20Z'), value: 3, tags: { key: 'val' } },
      },
      {
        kind: 'point',
        point: { metric: 'my_metric1', timeMs: at('2021-02-24T13:37:20Z'), value: 4, tags: { key: 'val' } },
      },
      {
        kind: 'point',
        point: {
          metric: 'my_metric2',
          timeMs: at('2021-02-24T13:37:30Z'),
          value: 5,
          tags: { tag3: 'val3', tag4: 'val4' },
        },
      },
    ]);
  });
});

describe('parseK6OutputLine', () => {
  const point = {
    type: 'Point',
    metric: 'http_req_duration',
    data: { time: '2026-03-14T11:00:00.123456789+02:00', value: 12.5, tags: { status: '200' } },
  };
  const expectedPoint = {
    kind: 'point',
    point: {
      metric: 'http_req_duration',
      timeMs: Date.parse('2026-03-14T09:00:00.123Z') + 456_789 / 1_000_000,
      value: 12.5,
      tags: { status: '200' },
    },
  };

  it('reads a Point whatever the order of its keys, at both levels', () => {
    const topOrders = [
      ['type', 'metric', 'data'],
      ['data', 'type', 'metric'],
      ['metric', 'data', 'type'],
    ];
    const dataOrders = [
      ['time', 'value', 'tags'],
      ['tags', 'time', 'value'],
      ['value', 'tags', 'time'],
    ];
    for (const top of topOrders) {
      for (const inner of dataOrders) {
        const data = Object.fromEntries(inner.map((k) => [k, point.data[k as keyof typeof point.data]]));
        const line = Object.fromEntries(
          top.map((k) => [k, k === 'data' ? data : point[k as 'type' | 'metric']]),
        );
        expect(parseK6OutputLine(JSON.stringify(line), 1)).toEqual(expectedPoint);
      }
    }
  });

  it('reads -05:30 the same instant as Z', () => {
    const text = JSON.stringify({
      ...point,
      data: { ...point.data, time: '2026-03-14T03:30:00.123456789-05:30' },
    });
    expect(parseK6OutputLine(text, 1)).toEqual(expectedPoint);
  });

  it('takes null tags, thresholds and submetrics as empty, and the object threshold form', () => {
    const metric = {
      metric: 'checks',
      data: {
        submetrics: null,
        thresholds: [{ threshold: 'rate>0.9', abortOnFail: true, delayAbortEval: '10s' }, 'rate>0.5'],
        contains: 'default',
        type: 'rate',
        name: 'checks',
      },
      type: 'Metric',
    };
    expect(parseK6OutputLine(JSON.stringify(metric), 1)).toEqual({
      kind: 'metric',
      metric: {
        name: 'checks',
        type: 'rate',
        contains: 'default',
        thresholds: [{ threshold: 'rate>0.9', abortOnFail: true, delayAbortEval: '10s' }, 'rate>0.5'],
        submetrics: [],
      },
    });
    const untagged = { ...point, data: { ...point.data, tags: null } };
    expect(parseK6OutputLine(JSON.stringify(untagged), 1)).toMatchObject({ point: { tags: {} } });
  });

  it('skips a blank line without calling it malformed', () => {
    expect(parseK6OutputLine('', 4)).toBeNull();
    expect(parseK6OutputLine('   \t', 4)).toBeNull();
  });

  const withData = (data: Record<string, unknown>) =>
    JSON.stringify({ ...point, data: { ...point.data, ...data } });
  it.each([
    ['{"type":"Point","metric":"x","data":{"time":', 'invalid JSON'],
    ['[1,2]', 'not a JSON object'],
    ['"Point"', 'not a JSON object'],
    [JSON.stringify({ ...point, type: 'Sample' }), 'unknown line type "Sample"'],
    [JSON.stringify({ metric: 'x', data: point.data }), 'unknown line type undefined'],
    [withData({ value: '12.5' }), 'data.value is not a number'],
    [withData({ time: 1700000000 }), 'data.time is not a string'],
    [withData({ time: '2026-03-14 11:00:00' }), 'data.time: not an RFC 3339 time'],
    [withData({ tags: { status: 200 } }), 'data.tags.status is not a string'],
    [withData({ tags: ['a'] }), 'data.tags is not an object'],
    [JSON.stringify({ ...point, metric: 7 }), 'metric is not a string'],
    [JSON.stringify({ ...point, data: null }), 'data is not an object'],
    [
      '{"type":"Metric","metric":"m","data":{"name":"m","type":"histogram","contains":"default"}}',
      'unknown metric type "histogram"',
    ],
    [
      '{"type":"Metric","metric":"m","data":{"name":"m","type":"rate","contains":"ms"}}',
      'unknown value type "ms"',
    ],
    ['{"type":"Metric","metric":"m","data":{"name":"n","type":"rate","contains":"default"}}', 'differs from'],
    [
      '{"type":"Metric","data":{"name":"m","type":"rate","contains":"default","thresholds":[3]}}',
      'data.thresholds[0] is neither a string nor an object',
    ],
    [
      '{"type":"Metric","data":{"name":"m","type":"rate","contains":"default","submetrics":[{"name":"m"}]}}',
      'data.submetrics[0].suffix is not a string',
    ],
  ])('calls %s malformed with its line number and a reason', (text, reason) => {
    const result = parseK6OutputLine(text, 42);
    expect(result).toMatchObject({ kind: 'malformed', lineNumber: 42 });
    expect(result?.kind === 'malformed' && result.reason).toContain(reason);
  });
});

describe('parseK6OutputLine on generated output', () => {
  it('gives back exactly what the generator meant, over thousands of lines', () => {
    const { text, expected } = k6OutputText(7, 5000);
    const parsed = text
      .trimEnd()
      .split('\n')
      .map((line, i) => parseK6OutputLine(line, i + 1));
    expect(parsed).toEqual(expected);
    const kinds = new Set(expected.map((line) => (line.kind === 'point' ? line.point.metric : line.kind)));
    expect(kinds).toContain('checks');
    expect(kinds).toContain('vus');
    expect(kinds).toContain('metric');
  });

  it('is deterministic from its seed and varies with it', () => {
    const first = (seed: number) => k6OutputText(seed, 300).text;
    expect(first(3)).toBe(first(3));
    expect(first(3)).not.toBe(first(4));
    const offsets = new Set<string>();
    let count = 0;
    for (const line of k6OutputLines(11)) {
      const time = /"time":"[^"]*?(Z|[+-]\d\d:\d\d)"/.exec(line.text)?.[1];
      if (time) offsets.add(time);
      if (++count === 2000) break;
    }
    expect(offsets).toEqual(new Set(['Z', '+02:00', '-05:30', '+00:00', '+05:45', '-08:00', '+14:00']));
  });
});
