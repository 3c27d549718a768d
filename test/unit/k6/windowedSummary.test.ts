import { describe, expect, it } from 'vitest';
import { WindowedSummary } from '../../../electron/host/k6/summarize/windowedSummary';
import type { K6MetricDefinition, K6Point } from '../../../shared/k6/k6Types';
import { k6OutputText } from '../../support/k6OutputGenerator';

const STATS = ['count', 'avg', 'p(95)'];

function windowsOf(seed: number, lines: number, windowMs: number) {
  const { expected } = k6OutputText(seed, lines);
  const windowed = new WindowedSummary(windowMs, STATS);
  const points: K6Point[] = [];
  for (const line of expected) {
    if (line.kind === 'metric') windowed.define(line.metric);
    else if (line.kind === 'point') {
      windowed.add(line.point);
      points.push(line.point);
    }
  }
  return { windows: windowed.finish(), points, late: windowed.latePoints };
}

describe('the summary per window (warroom k6 summarize --window)', () => {
  it("counts each window's points exactly, in time order, leaving out windows without points", () => {
    const { windows, points, late } = windowsOf(3, 20_000, 1_000);
    expect(late).toBe(0);
    const requests = points.filter((point) => point.metric === 'http_reqs');
    const bySecond = new Map<number, number>();
    for (const point of requests) {
      const second = Math.floor(point.timeMs / 1000) * 1000;
      bySecond.set(second, (bySecond.get(second) ?? 0) + 1);
    }
    const counted = windows.flatMap((window) => {
      const values = window.metrics.http_reqs?.values;
      return values ? [[window.startMs, values.count]] : [];
    });
    expect(counted).toEqual([...bySecond.entries()].sort((a, b) => a[0] - b[0]));
    expect(windows.map((window) => window.startMs)).toEqual(
      [...windows.map((window) => window.startMs)].sort((a, b) => a - b),
    );
    // A counter's rate is per second of the window: 1 s windows give the count itself.
    const first = windows.find((window) => window.metrics.http_reqs);
    expect(first?.metrics.http_reqs?.values.rate).toBe(first?.metrics.http_reqs?.values.count);
  });

  it('gives a trend its stats per window, and a 10 s window ten times the points of 1 s ones', () => {
    const oneSecond = windowsOf(5, 20_000, 1_000).windows;
    const tenSeconds = windowsOf(5, 20_000, 10_000).windows;
    const total = (windows: typeof oneSecond) =>
      windows.reduce((sum, window) => sum + (window.metrics.http_req_duration?.values.count ?? 0), 0);
    expect(total(tenSeconds)).toBe(total(oneSecond));
    expect(tenSeconds.length).toBeLessThan(oneSecond.length);
    const trend = tenSeconds[0]?.metrics.http_req_duration;
    expect(trend?.type).toBe('trend');
    expect(Object.keys(trend?.values ?? {})).toEqual(STATS);
  });

  it('counts a point whose window has closed as late, and keeps it out of every window', () => {
    const windowed = new WindowedSummary(1_000, STATS);
    const definition: K6MetricDefinition = {
      name: 'http_reqs',
      type: 'counter',
      contains: 'default',
      thresholds: [],
      submetrics: [],
    };
    windowed.define(definition);
    for (const second of [10, 11, 12, 13, 14, 3]) {
      windowed.add({ metric: 'http_reqs', timeMs: second * 1000 + 5, value: 1, tags: {} });
    }
    const windows = windowed.finish();
    expect(windowed.latePoints).toBe(1);
    expect(windows.map((window) => window.startMs)).toEqual([10_000, 11_000, 12_000, 13_000, 14_000]);
  });
});
