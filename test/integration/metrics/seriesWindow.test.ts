import { setTimeout as delay } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  PrometheusClient,
  type RangeQuerier,
} from '../../../electron/host/metrics/prometheus/prometheusClient';
import {
  SeriesWindow,
  type WindowRefresh,
  type WindowSeries,
} from '../../../electron/host/metrics/prometheus/seriesWindow';
import { type SandboxPrometheus, startSandboxPrometheus, until } from './sandboxPrometheus';

/** A window series' columns as [seconds, value] pairs, copied: the window changes its own in place. */
const pointsOf = (series: WindowSeries | undefined): [number, number][] =>
  series ? series.times.map((time, i) => [time, series.values[i] ?? Number.NaN]) : [];

/** Every range request that reaches Prometheus, in seconds as sent. */
function recording(client: PrometheusClient) {
  const requests: { start: number; end: number; step: number }[] = [];
  const querier: RangeQuerier = {
    queryRange: (expr, start, end, step) => {
      requests.push({ start, end, step });
      return client.queryRange(expr, start, end, step);
    },
  };
  return { querier, requests };
}

function expectOnGrid({ series, appended }: WindowRefresh, step: number) {
  for (const { times } of [...series, ...appended]) {
    for (const t of times) expect(Math.round(t * 1000) % (step * 1000)).toBe(0);
  }
}

describe('SeriesWindow, against a real Prometheus scraping the sandbox', () => {
  let sandbox: SandboxPrometheus;
  let client: PrometheusClient;

  beforeAll(async () => {
    sandbox = await startSandboxPrometheus();
    client = new PrometheusClient({ baseUrl: sandbox.prometheus.url, timeoutMs: 5_000, auth: null });
    await until('the sandbox has been scraped five times', 20_000, async () => {
      const { data } = await client.query('count_over_time(up{job="sandbox"}[10s])');
      return data.resultType === 'vector' && (data.result[0]?.value[1] ?? 0) >= 5;
    });
  });
  afterAll(async () => {
    await sandbox?.stop();
  });

  it('asks the second time only for the steps since the first, and keeps every point on the grid', async () => {
    const { querier, requests } = recording(client);
    const window = new SeriesWindow({
      client: querier,
      expr: 'sum by (route) (rate(http_requests_total{job="sandbox"}[3s]))',
      windowSeconds: 60,
      stepSeconds: 1,
    });
    const firstNow = Date.now() / 1000;
    const first = await window.refresh(firstNow);
    expect(requests).toEqual([{ start: Math.ceil(firstNow - 60), end: Math.floor(firstNow), step: 1 }]);
    expect(first.series.map((series) => series.labels.route)).toContain('/api/feed');
    expectOnGrid(first, 1);
    const firstPoints = new Map(first.series.map((series) => [series.key, pointsOf(series)]));

    await delay(3_000);
    const secondNow = Date.now() / 1000;
    const second = await window.refresh(secondNow);
    expect(requests[1]).toEqual({ start: Math.floor(firstNow) + 1, end: Math.floor(secondNow), step: 1 });
    expectOnGrid(second, 1);
    const feed = second.appended.find((series) => series.labels.route === '/api/feed');
    expect(feed?.times.length).toBeGreaterThan(0);
    for (const t of feed?.times ?? []) {
      expect(t).toBeGreaterThan(Math.floor(firstNow));
      expect(t).toBeLessThanOrEqual(Math.floor(secondNow));
    }
    for (const series of second.series) {
      expect(series.times.length).toBeLessThanOrEqual(61);
      const held = firstPoints.get(series.key) ?? [];
      const added = pointsOf(second.appended.find((now) => now.key === series.key));
      expect(pointsOf(series)).toEqual([...held, ...added].filter(([t]) => t >= secondNow - 60));
    }
  });

  it('trims to the window: at most window/step + 1 points, none older than now - window', async () => {
    const { querier, requests } = recording(client);
    const window = new SeriesWindow({
      client: querier,
      expr: 'up{job="sandbox"}',
      windowSeconds: 4,
      stepSeconds: 1,
    });
    for (let i = 0; i < 4; i++) {
      const now = Date.now() / 1000;
      const { series } = await window.refresh(now);
      expect(series).toHaveLength(1);
      const points = pointsOf(series[0]);
      expect(points.length).toBeGreaterThan(0);
      expect(points.length).toBeLessThanOrEqual(5);
      expect(points[0]?.[0]).toBeGreaterThanOrEqual(now - 4);
      expect(points.every(([, value]) => value === 1)).toBe(true);
      await delay(1_500);
    }
    for (let i = 1; i < requests.length; i++) {
      expect(requests[i]?.start).toBe((requests[i - 1]?.end ?? 0) + 1);
    }
  });
});
