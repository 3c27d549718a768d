import { describe, expect, it } from 'vitest';
import type { RangeQuerier } from '../../electron/host/metrics/prometheus/prometheusClient';
import { MAX_POINTS_PER_RANGE_QUERY } from '../../electron/host/metrics/prometheus/prometheusConstants';
import type { Point } from '../../electron/host/metrics/prometheus/prometheusSchemas';
import { SeriesWindow, type WindowSeries } from '../../electron/host/metrics/prometheus/seriesWindow';

type Labels = Record<string, string>;

/**
 * Prometheus's range query over a made-up history: `samplesAt(ms)` gives the series with a value at
 * that grid time. Like Prometheus, it evaluates at start, start + step, … ≤ end and refuses more
 * than 11 000 steps. It records every request, in milliseconds.
 */
class FakeRangeQuerier implements RangeQuerier {
  readonly requests: { startMs: number; endMs: number; stepMs: number }[] = [];
  failNext = false;
  warnings: string[] = [];

  constructor(private readonly samplesAt: (ms: number) => { labels: Labels; value: number }[]) {}

  async queryRange(_expr: string, startSeconds: number, endSeconds: number, stepSeconds: number) {
    const [startMs, endMs, stepMs] = [startSeconds, endSeconds, stepSeconds].map((s) =>
      Math.round(s * 1000),
    ) as [number, number, number];
    this.requests.push({ startMs, endMs, stepMs });
    if (this.failNext) {
      this.failNext = false;
      throw new Error('Prometheus at http://127.0.0.1:1 is unreachable: connection refused');
    }
    if ((endMs - startMs) / stepMs > 11_000) throw new Error('exceeded maximum resolution of 11,000 points');
    const series = new Map<string, { labels: Labels; points: Point[] }>();
    for (let ms = startMs; ms <= endMs; ms += stepMs) {
      for (const { labels, value } of this.samplesAt(ms)) {
        const key = JSON.stringify(labels);
        const entry = series.get(key) ?? { labels, points: [] };
        entry.points.push([ms / 1000, value]);
        series.set(key, entry);
      }
    }
    return { data: { resultType: 'matrix' as const, result: [...series.values()] }, warnings: this.warnings };
  }
}

const steady = (labels: Labels = { job: 'sandbox' }) =>
  new FakeRangeQuerier((ms) => [{ labels, value: ms / 1000 }]);

/** A window series' columns as [seconds, value] pairs, copied: the window changes its own in place. */
const pointsOf = (series: WindowSeries | undefined): [number, number][] =>
  series ? series.times.map((time, i) => [time, series.values[i] ?? Number.NaN]) : [];

const times = (series: WindowSeries | undefined) => series?.times.slice() ?? [];

function expectOnGrid(series: readonly WindowSeries[], stepSeconds: number) {
  for (const { times } of series) {
    for (const t of times) expect(Math.round(t * 1000) % Math.round(stepSeconds * 1000)).toBe(0);
  }
}

describe('SeriesWindow', () => {
  it('fetches the whole window first, aligned to the step grid, and only the new steps after', async () => {
    const client = steady();
    const window = new SeriesWindow({ client, expr: 'up', windowSeconds: 60, stepSeconds: 5 });

    const first = await window.refresh(1000.7);
    expect(client.requests).toEqual([{ startMs: 945_000, endMs: 1_000_000, stepMs: 5000 }]);
    expect(times(first.series[0])).toEqual([945, 950, 955, 960, 965, 970, 975, 980, 985, 990, 995, 1000]);
    expect(first.appended).toEqual(first.series);
    expect(first.refetched).toBe(true);

    const second = await window.refresh(1012.3);
    expect(client.requests[1]).toEqual({ startMs: 1_005_000, endMs: 1_010_000, stepMs: 5000 });
    expect(times(second.appended[0])).toEqual([1005, 1010]);
    expect(second.refetched).toBe(false);
    // now - 60 s = 952.3: 945 and 950 have left the window.
    expect(times(second.series[0])).toEqual([955, 960, 965, 970, 975, 980, 985, 990, 995, 1000, 1005, 1010]);
    expect(pointsOf(second.series[0])[0]).toEqual([955, 955]);
  });

  it('asks nothing while the next grid time has not come, and trims all the same', async () => {
    const client = steady();
    const window = new SeriesWindow({ client, expr: 'up', windowSeconds: 10, stepSeconds: 5 });
    await window.refresh(100);
    const again = await window.refresh(104.9);
    expect(client.requests).toHaveLength(1);
    expect(again.appended).toEqual([]);
    expect(times(again.series[0])).toEqual([95, 100]);
  });

  it('keeps a series that appears and one that vanishes until its last point leaves the window', async () => {
    const a = { job: 'sandbox', instance: 'a' };
    const b = { job: 'sandbox', instance: 'b' };
    // b exists from 110 s to 120 s only.
    const client = new FakeRangeQuerier((ms) => [
      { labels: a, value: 1 },
      ...(ms >= 110_000 && ms <= 120_000 ? [{ labels: b, value: 2 }] : []),
    ]);
    const window = new SeriesWindow({ client, expr: 'up', windowSeconds: 20, stepSeconds: 5 });
    const before = await window.refresh(100);
    expect(before.series.map((s) => s.labels)).toEqual([a]);

    const appeared = await window.refresh(115);
    expect(appeared.series.map((s) => s.labels)).toEqual([a, b]);
    expect(times(appeared.appended.find((s) => s.labels.instance === 'b'))).toEqual([110, 115]);

    const vanished = await window.refresh(130);
    expect(times(vanished.series.find((s) => s.labels.instance === 'b'))).toEqual([110, 115, 120]);
    expect(times(vanished.appended.find((s) => s.labels.instance === 'b'))).toEqual([120]);

    const gone = await window.refresh(141);
    expect(gone.series.map((s) => s.labels)).toEqual([a]);
  });

  it('knows a series by its label set, whatever order the labels come in', async () => {
    let flip = false;
    const client = new FakeRangeQuerier(() => [
      { labels: flip ? { route: '/api/feed', code: '200' } : { code: '200', route: '/api/feed' }, value: 1 },
    ]);
    const window = new SeriesWindow({ client, expr: 'x', windowSeconds: 30, stepSeconds: 1 });
    await window.refresh(100);
    flip = true;
    const after = await window.refresh(105);
    expect(after.series).toHaveLength(1);
    expect(pointsOf(after.series[0])).toHaveLength(31);
    expect(after.series[0]?.key).toBe('code="200",route="/api/feed"');
  });

  it('splits a request past 11 000 points into contiguous requests Prometheus accepts', async () => {
    const client = steady();
    const window = new SeriesWindow({ client, expr: 'up', windowSeconds: 30_000, stepSeconds: 1 });
    const first = await window.refresh(1_000_000);
    expect(client.requests.length).toBe(3);
    for (const { startMs, endMs, stepMs } of client.requests) {
      expect((endMs - startMs) / stepMs + 1).toBeLessThanOrEqual(MAX_POINTS_PER_RANGE_QUERY);
    }
    for (let i = 1; i < client.requests.length; i++) {
      expect(client.requests[i]?.startMs).toBe((client.requests[i - 1]?.endMs ?? 0) + 1000);
    }
    expect(client.requests[0]?.startMs).toBe(970_000_000);
    expect(client.requests.at(-1)?.endMs).toBe(1_000_000_000);
    const points = pointsOf(first.series[0]);
    expect(points).toHaveLength(30_001);
    expect(new Set(points.map(([t]) => t)).size).toBe(points.length);
  });

  it('fetches the whole window again when its length or step changes', async () => {
    const client = steady();
    const window = new SeriesWindow({ client, expr: 'up', windowSeconds: 300, stepSeconds: 15 });
    await window.refresh(3600);
    window.resize(3600, 15);
    const longer = await window.refresh(3630);
    expect(client.requests[1]).toEqual({ startMs: 30_000, endMs: 3_630_000, stepMs: 15_000 });
    expect(pointsOf(longer.series[0])).toHaveLength(241);
    expect(longer.refetched).toBe(true);

    window.resize(3600, 60);
    const coarser = await window.refresh(3630);
    expect(client.requests[2]).toEqual({ startMs: 60_000, endMs: 3_600_000, stepMs: 60_000 });
    expect(times(coarser.series[0])).toHaveLength(60);
    expectOnGrid(coarser.series, 60);

    window.resize(3600, 60);
    const same = await window.refresh(3661);
    expect(client.requests[3]).toEqual({ startMs: 3_660_000, endMs: 3_660_000, stepMs: 60_000 });
    expect(same.refetched).toBe(false);
  });

  it('fetches only the window after a gap longer than it (a laptop asleep)', async () => {
    const client = steady();
    const window = new SeriesWindow({ client, expr: 'up', windowSeconds: 60, stepSeconds: 10 });
    await window.refresh(1000);
    const woke = await window.refresh(5000);
    expect(client.requests[1]).toEqual({ startMs: 4_940_000, endMs: 5_000_000, stepMs: 10_000 });
    expect(times(woke.series[0])).toEqual([4940, 4950, 4960, 4970, 4980, 4990, 5000]);
  });

  it('changes nothing when a request fails, and asks for the same range again next time', async () => {
    const client = steady();
    const window = new SeriesWindow({ client, expr: 'up', windowSeconds: 60, stepSeconds: 10 });
    await window.refresh(1000);
    client.failNext = true;
    await expect(window.refresh(1020)).rejects.toThrow(/unreachable/);
    const retried = await window.refresh(1020);
    expect(client.requests.slice(1)).toEqual([
      { startMs: 1_010_000, endMs: 1_020_000, stepMs: 10_000 },
      { startMs: 1_010_000, endMs: 1_020_000, stepMs: 10_000 },
    ]);
    expect(times(retried.appended[0])).toEqual([1010, 1020]);
    expect(times(retried.series[0])).toEqual([960, 970, 980, 990, 1000, 1010, 1020]);
  });

  it('never holds more than window/step + 1 points, all on the grid and in order', async () => {
    const client = new FakeRangeQuerier((ms) => [
      { labels: { job: 'a' }, value: 1 },
      ...(Math.floor(ms / 7000) % 2 ? [{ labels: { job: 'b' }, value: Number.NaN }] : []),
    ]);
    const window = new SeriesWindow({ client, expr: 'up', windowSeconds: 30, stepSeconds: 2 });
    let now = 10_000;
    // A fixed pseudo-random walk of refresh times, some within one step, some past the window.
    for (let i = 0; i < 300; i++) {
      now += ((i * 7919) % 37) / 10 + (i % 50 === 49 ? 45 : 0);
      const { series, appended } = await window.refresh(now);
      expectOnGrid(series, 2);
      for (const points of series.map(pointsOf)) {
        expect(points.length).toBeLessThanOrEqual(30 / 2 + 1);
        expect(points[0]?.[0]).toBeGreaterThanOrEqual(Math.round(now * 1000) / 1000 - 30);
        for (let p = 1; p < points.length; p++)
          expect(points[p]?.[0]).toBeGreaterThan(points[p - 1]?.[0] ?? 0);
      }
      for (const added of appended) {
        const held = series.find((s) => s.key === added.key);
        expect(pointsOf(held).slice(-added.times.length)).toEqual(pointsOf(added));
      }
    }
    const last = await window.refresh(now + 20);
    const b = last.series.find((s) => s.labels.job === 'b');
    expect(b?.values.length).toBeGreaterThan(0);
    for (const value of b?.values ?? []) expect(value).toBeNaN();
  });

  it('passes Prometheus warnings on, once each', async () => {
    const client = steady();
    client.warnings = ['PromQL info: metric might not be a counter'];
    const window = new SeriesWindow({ client, expr: 'rate(x[1m])', windowSeconds: 30_000, stepSeconds: 1 });
    const { warnings } = await window.refresh(1_000_000);
    expect(warnings).toEqual(['PromQL info: metric might not be a counter']);
  });

  it('runs refreshes one at a time, in call order', async () => {
    const client = steady();
    const window = new SeriesWindow({ client, expr: 'up', windowSeconds: 60, stepSeconds: 10 });
    const [first, second] = await Promise.all([window.refresh(1000), window.refresh(1010)]);
    expect(client.requests).toEqual([
      { startMs: 940_000, endMs: 1_000_000, stepMs: 10_000 },
      { startMs: 1_010_000, endMs: 1_010_000, stepMs: 10_000 },
    ]);
    expect(pointsOf(first.series[0])).toHaveLength(7);
    expect(times(second.appended[0])).toEqual([1010]);
  });

  it('refuses a time that is not a number, holding on to what it has', async () => {
    const client = steady();
    const window = new SeriesWindow({ client, expr: 'up', windowSeconds: 60, stepSeconds: 10 });
    await window.refresh(1000);
    await expect(window.refresh(Number.NaN)).rejects.toThrow(RangeError);
    expect(pointsOf((await window.refresh(1000)).series[0])).toHaveLength(7);
  });

  it('refuses a step under 1 ms or a window shorter than its step', () => {
    const client = steady();
    expect(() => new SeriesWindow({ client, expr: 'up', windowSeconds: 60, stepSeconds: 0 })).toThrow(
      RangeError,
    );
    expect(() => new SeriesWindow({ client, expr: 'up', windowSeconds: 5, stepSeconds: 10 })).toThrow(
      /window of at least one step/,
    );
  });
});
