import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { K6Aggregator } from '../../../electron/host/k6/aggregate/k6Aggregator';
import { WINDOW_SECONDS } from '../../../electron/host/k6/aggregate/secondWindows';
import { MAX_TAG_SETS_PER_METRIC } from '../../../electron/host/k6/aggregate/tagSetIndex';
import { K6_DEFAULT_TREND_STATS, WINDOW_TREND_STATS } from '../../../electron/host/k6/aggregate/trendStats';
import type { K6MetricDefinition, K6Point } from '../../../shared/k6/k6Types';
import { K6_SAMPLES } from '../../support/k6Samples';
import { exactValues, mismatches, seededRandom } from './aggregateExact';

const FIXTURES = K6_SAMPLES;

/** The sample's lines read the plain way, independently of the production line reader. */
function readSampleLines(): { definitions: K6MetricDefinition[]; points: K6Point[] } {
  const definitions: K6MetricDefinition[] = [];
  const points: K6Point[] = [];
  for (const line of readFileSync(`${FIXTURES}/k6-out-json-unit-expected.ndjson`, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const parsed = JSON.parse(line);
    if (parsed.type === 'Metric') {
      definitions.push({ ...parsed.data, submetrics: parsed.data.submetrics ?? [] });
    } else {
      const { time, value, tags } = parsed.data;
      points.push({ metric: parsed.metric, timeMs: Date.parse(time), value, tags });
    }
  }
  return { definitions, points };
}

function definition(name: string, type: K6MetricDefinition['type'], submetrics: string[] = []) {
  return {
    name,
    type,
    contains: type === 'trend' ? 'time' : 'default',
    thresholds: [],
    submetrics: submetrics.map((suffix) => {
      const [key, value] = suffix.split(':') as [string, string];
      return { name: `${name}{${suffix}}`, suffix, tags: { [key]: value } };
    }),
  } satisfies K6MetricDefinition;
}

const T0 = Date.parse('2026-11-23T10:00:00Z');

/** A small load test: requests over 20 s with statuses, names, methods and two scenarios. */
function syntheticRun(pointCount: number) {
  const random = seededRandom(2026);
  const definitions = [
    definition('http_req_duration', 'trend', ['expected_response:true', 'status:500']),
    definition('http_reqs', 'counter'),
    definition('http_req_failed', 'rate'),
    definition('vus', 'gauge'),
  ];
  const points: K6Point[] = [];
  for (let index = 0; index < pointCount; index++) {
    const timeMs = T0 + (index / pointCount) * 20_000 + random();
    const failed = random() < 0.1;
    const tags = {
      status: failed ? '500' : '200',
      name: ['/login', '/cart', '/search'][index % 3] as string,
      method: index % 5 === 0 ? 'POST' : 'GET',
      scenario: index % 2 === 0 ? 'browse' : 'buy',
      group: '',
      expected_response: String(!failed),
      proto: 'HTTP/1.1',
    };
    const duration = failed
      ? 1000 + random() * 4000
      : Math.exp(4 + 0.6 * Math.sqrt(-2 * Math.log(1 - random())));
    points.push({ metric: 'http_req_duration', timeMs, value: duration, tags });
    points.push({ metric: 'http_reqs', timeMs, value: 1, tags });
    points.push({ metric: 'http_req_failed', timeMs, value: failed ? 1 : 0, tags });
    if (index % 50 === 0) points.push({ metric: 'vus', timeMs, value: 1 + (index % 37), tags: {} });
  }
  return { definitions, points };
}

function feed(aggregator: K6Aggregator, run: { definitions: K6MetricDefinition[]; points: K6Point[] }) {
  for (const metric of run.definitions) aggregator.define(metric);
  for (const point of run.points) aggregator.add(point);
}

describe('k6 aggregator', () => {
  it('summarises the real --out json sample as exact values computed from its lines', () => {
    const sample = readSampleLines();
    const aggregator = new K6Aggregator();
    feed(aggregator, sample);
    expect(aggregator.durationMs()).toBe(20_000);
    const summary = aggregator.summary();
    expect(Object.keys(summary)).toEqual(['my_metric1', 'my_metric1{a:1,b:2}', 'my_metric2']);
    for (const metric of sample.definitions) {
      const points = sample.points.filter((point) => point.metric === metric.name);
      const exact = exactValues(metric.type, points, 20_000, K6_DEFAULT_TREND_STATS);
      expect(summary[metric.name]).toEqual({ type: metric.type, contains: metric.contains, values: exact });
    }
    // No point carries both a:1 and b:2, so the submetric is empty, as k6 shows it.
    expect(summary['my_metric1{a:1,b:2}']?.values).toEqual({ value: 0, min: 0, max: 0 });
    expect(summary.my_metric2?.values).toEqual({ count: 8, rate: 0.4 });
  });

  it('reproduces the handleSummary sample from points that make it up', () => {
    const expected = JSON.parse(readFileSync(`${FIXTURES}/handlesummary-data-unit.json`, 'utf8'));
    const aggregator = new K6Aggregator({ trendStats: expected.options.summaryTrendStats });
    for (const name of Object.keys(expected.metrics)) {
      const { type, contains } = expected.metrics[name];
      aggregator.define({ name, type, contains, thresholds: [], submetrics: [] });
    }
    const add = (metric: string, value: number, timeMs = T0) =>
      aggregator.add({ metric, timeMs, value, tags: {} });
    for (let check = 0; check < 60; check++) add('checks', check < 45 ? 1 : 0);
    for (const duration of [10, 20, 15]) add('my_trend', duration);
    for (let request = 0; request < 3; request++) add('http_reqs', 1);
    add('vus', 1);
    const summary = aggregator.summary(expected.state.testRunDurationMs);
    for (const [name, metric] of Object.entries<{ type: string; values: Record<string, number> }>(
      expected.metrics,
    )) {
      expect(summary[name]?.type).toBe(metric.type);
      expect(mismatches(summary[name]?.values ?? {}, metric.values), name).toEqual([]);
    }
  });

  it('agrees with exact values per metric, per submetric and per tag set on 30 000 requests', () => {
    const run = syntheticRun(30_000);
    const stats = ['count', 'avg', 'min', 'med', 'max', 'p(90)', 'p(95)', 'p(99)'];
    const aggregator = new K6Aggregator({ trendStats: stats });
    feed(aggregator, run);
    const durationMs = aggregator.durationMs();
    const summary = aggregator.summary();
    const pointsOf = (metric: string) => run.points.filter((point) => point.metric === metric);
    for (const metric of run.definitions) {
      const exact = exactValues(metric.type, pointsOf(metric.name), durationMs, stats);
      expect(mismatches(summary[metric.name]?.values ?? {}, exact), metric.name).toEqual([]);
      for (const submetric of metric.submetrics) {
        const [[key, value]] = Object.entries(submetric.tags) as [[string, string]];
        const matching = pointsOf(metric.name).filter((point) => point.tags[key] === value);
        const exactSub = exactValues(metric.type, matching, durationMs, stats);
        expect(mismatches(summary[submetric.name]?.values ?? {}, exactSub), submetric.name).toEqual([]);
      }
    }
    const breakdown = aggregator.tagSets('http_req_duration');
    // proto is not a slicing tag, so it splits nothing.
    const distinct = new Set(
      pointsOf('http_req_duration').map(({ tags }) =>
        [tags.status, tags.name, tags.method, tags.scenario, tags.expected_response].join(' '),
      ),
    );
    expect(breakdown.overflowPoints).toBe(0);
    expect(breakdown.tagSets).toHaveLength(distinct.size);
    let pointsInSets = 0;
    for (const { tags, values } of breakdown.tagSets) {
      expect(Object.keys(tags).sort()).toEqual(
        ['expected_response', 'group', 'method', 'name', 'scenario', 'status'].sort(),
      );
      const matching = pointsOf('http_req_duration').filter((point) =>
        Object.entries(tags).every(([key, value]) => point.tags[key] === value),
      );
      pointsInSets += matching.length;
      expect(
        mismatches(values, exactValues('trend', matching, durationMs, stats)),
        JSON.stringify(tags),
      ).toEqual([]);
    }
    expect(pointsInSets).toBe(30_000);
  });

  it('keeps a window per second whose values are those of the points of that second', () => {
    const run = syntheticRun(6_000);
    const aggregator = new K6Aggregator();
    feed(aggregator, run);
    const durations = aggregator.window('http_req_duration');
    expect(durations.map((second) => second.startMs)).toEqual(
      Array.from({ length: 20 }, (_, index) => T0 + index * 1000),
    );
    for (const { startMs, values } of durations) {
      const inSecond = run.points.filter(
        (point) =>
          point.metric === 'http_req_duration' && point.timeMs >= startMs && point.timeMs < startMs + 1000,
      );
      expect(mismatches(values, exactValues('trend', inSecond, 1000, WINDOW_TREND_STATS))).toEqual([]);
    }
    const requests = aggregator.window('http_reqs');
    expect(requests.reduce((sum, second) => sum + (second.values.count ?? 0), 0)).toBe(6_000);
    expect(requests[0]?.values).toEqual({ count: 300, rate: 300 });
    expect(aggregator.window('no_such_metric')).toEqual([]);
  });

  it(`keeps only the last ${WINDOW_SECONDS} seconds and ignores points older than that`, () => {
    const aggregator = new K6Aggregator();
    aggregator.define(definition('iterations', 'counter'));
    for (let second = 0; second < WINDOW_SECONDS + 100; second++) {
      aggregator.add({ metric: 'iterations', timeMs: T0 + second * 1000 + 500, value: 2, tags: {} });
    }
    aggregator.add({ metric: 'iterations', timeMs: T0 + 5_000, value: 1, tags: {} });
    const window = aggregator.window('iterations');
    expect(window).toHaveLength(WINDOW_SECONDS);
    expect(window[0]?.startMs).toBe(T0 + 100_000);
    expect(window.every((second) => second.values.count === 2)).toBe(true);
    expect(aggregator.summary().iterations?.values.count).toBe(2 * (WINDOW_SECONDS + 100) + 1);
  });

  it(`caps tag sets at ${MAX_TAG_SETS_PER_METRIC} per metric and counts the points beyond`, () => {
    const aggregator = new K6Aggregator();
    aggregator.define(definition('http_reqs', 'counter'));
    const urls = MAX_TAG_SETS_PER_METRIC + 50;
    for (let round = 0; round < 3; round++) {
      for (let index = 0; index < urls; index++) {
        aggregator.add({
          metric: 'http_reqs',
          timeMs: T0 + round,
          value: 1,
          tags: { url: `https://shop/item/${index}` },
        });
      }
    }
    const breakdown = aggregator.tagSets('http_reqs');
    expect(breakdown.tagSets).toHaveLength(MAX_TAG_SETS_PER_METRIC);
    expect(breakdown.tagSets[0]?.tags).toEqual({ url: 'https://shop/item/0' });
    expect(breakdown.tagSets[0]?.values.count).toBe(3);
    expect(breakdown.overflowPoints).toBe(3 * 50);
    expect(aggregator.summary().http_reqs?.values.count).toBe(3 * urls);
  });

  it('counts points of a metric never defined and keeps the first definition of a metric', () => {
    const aggregator = new K6Aggregator();
    aggregator.add({ metric: 'vus', timeMs: T0, value: 3, tags: {} });
    aggregator.define(definition('vus', 'gauge'));
    aggregator.define(definition('vus', 'counter'));
    aggregator.add({ metric: 'vus', timeMs: T0, value: 5, tags: {} });
    expect(aggregator.undefinedMetricPoints).toBe(1);
    expect(aggregator.summary()).toEqual({
      vus: { type: 'gauge', contains: 'default', values: { value: 5, min: 5, max: 5 } },
    });
  });

  it('holds 2 million points of 30 tag sets in a structure that stops growing', () => {
    const aggregator = new K6Aggregator();
    aggregator.define(definition('http_req_duration', 'trend', ['expected_response:true', 'status:503']));
    aggregator.define(definition('http_reqs', 'counter'));
    const random = seededRandom(30);
    const durations = Float64Array.from({ length: 4096 }, () => 1 + random() * random() * 3000);
    const tagSets = Array.from({ length: 30 }, (_, index) => ({
      status: index % 10 === 0 ? '503' : '200',
      name: `/api/${index % 15}`,
      method: index < 15 ? 'GET' : 'PUT',
      scenario: 'soak',
      expected_response: index % 10 === 0 ? 'false' : 'true',
    }));
    const point: K6Point = { metric: '', timeMs: 0, value: 0, tags: {} };
    const total = 2_000_000;
    let footprintOnceRingFull = aggregator.footprint();
    for (let index = 0; index < total; index++) {
      // One point a millisecond: 2000 s, well past the window ring.
      point.metric = index % 4 === 0 ? 'http_reqs' : 'http_req_duration';
      point.timeMs = T0 + index;
      point.value = point.metric === 'http_reqs' ? 1 : (durations[index % 4096] as number);
      point.tags = tagSets[Math.floor(index / 4) % 30] as Record<string, string>;
      aggregator.add(point);
      if (index === total / 4) footprintOnceRingFull = aggregator.footprint();
    }
    const footprint = aggregator.footprint();
    expect(footprint).toMatchObject({ metrics: 2, tagSets: 60, windowSlots: 2 * WINDOW_SECONDS });
    expect({ ...footprint, sketchBins: 0 }).toEqual({ ...footprintOnceRingFull, sketchBins: 0 });
    // Every trend sketch (total, 30 tag sets, 2 submetrics, one per second) covers at most twice the
    // bins spanned by the values it saw, whatever the number of points.
    const trendSketches = 1 + 30 + 2 + WINDOW_SECONDS;
    const spannedBins = Math.ceil(
      Math.log(Math.max(...durations) / Math.min(...durations)) / Math.log(1.01 / 0.99),
    );
    expect(footprint.sketchBins).toBeLessThanOrEqual(trendSketches * 2 * (spannedBins + 1));
    expect(aggregator.summary().http_reqs?.values.count).toBe(total / 4);
    const requestSets = aggregator.tagSets('http_reqs').tagSets;
    expect(requestSets.reduce((sum, { values }) => sum + (values.count ?? 0), 0)).toBe(total / 4);
  });
});
