import type { RangeQuerier } from './prometheusClient';
import { gridCeil, gridFloor, splitRange } from './rangeGrid';
import { seriesKey } from './seriesKey';

export interface SeriesWindowOptions {
  client: RangeQuerier;
  expr: string;
  windowSeconds: number;
  stepSeconds: number;
}

/**
 * One series of the window: its identity (the label set, sorted), its labels and its points as two
 * columns, oldest first on the step grid: `values[i]` is at `times[i]` (seconds). Columns of plain
 * numbers take 16 bytes a point where [time, value] pairs took about 60, and an hour at a 1 s
 * step is 3 600 points a series.
 */
export interface WindowSeries {
  key: string;
  labels: Record<string, string>;
  times: number[];
  values: number[];
}

export interface WindowRefresh {
  /**
   * Every series holding points in the window now: the window's own, not copies, so read them
   * before the next refresh, which changes them in place.
   */
  series: readonly WindowSeries[];
  /** Only the points this refresh added, per series that gained any. */
  appended: WindowSeries[];
  /**
   * True when this refresh fetched the whole window (the first one, or after a resize): whoever
   * mirrors the window replaces what it holds with `series` instead of adding `appended`.
   */
  refetched: boolean;
  /** Prometheus's warnings about this refresh's requests. */
  warnings: string[];
}

/** The window's shape in milliseconds; held points belong to one shape. */
interface Shape {
  windowMs: number;
  stepMs: number;
}

/**
 * One range query's result over a sliding window, kept up to date incrementally: each refresh asks
 * Prometheus only for the grid times after the last one held, merges the answer by series, and
 * drops what has left the window, so a series never holds more than window/step + 1 points.
 * Refreshes run one at a time, in call order.
 */
export class SeriesWindow {
  private readonly client: RangeQuerier;
  private readonly expr: string;
  private wanted: Shape;
  private held: Shape | null = null;
  /** The last grid time asked for: the next refresh starts one step later. */
  private heldEndMs = 0;
  private readonly series = new Map<string, WindowSeries>();
  private queue: Promise<unknown> = Promise.resolve();

  constructor(options: SeriesWindowOptions) {
    this.client = options.client;
    this.expr = options.expr;
    this.wanted = shapeOf(options.windowSeconds, options.stepSeconds);
  }

  /** A new window length or step (5 m → 1 h): the next refresh fetches the whole window again. */
  resize(windowSeconds: number, stepSeconds: number): void {
    this.wanted = shapeOf(windowSeconds, stepSeconds);
  }

  /**
   * Brings the window up to `nowSeconds`: fetches the grid times not held yet (all of the window
   * the first time, or after a resize or a gap longer than the window) and trims the rest. When a
   * request fails nothing changes, and the next refresh asks for the same range again.
   */
  refresh(nowSeconds: number): Promise<WindowRefresh> {
    if (!Number.isFinite(nowSeconds)) {
      return Promise.reject(new RangeError(`refresh needs a time in seconds, got ${nowSeconds}`));
    }
    const run = this.queue.then(() => this.refreshNow(Math.round(nowSeconds * 1000)));
    this.queue = run.catch(() => {});
    return run;
  }

  private async refreshNow(nowMs: number): Promise<WindowRefresh> {
    const shape = this.wanted;
    const { windowMs, stepMs } = shape;
    const continues = this.held?.windowMs === windowMs && this.held.stepMs === stepMs;
    const cutoffMs = nowMs - windowMs;
    const firstMs = gridCeil(cutoffMs, stepMs);
    const startMs = continues ? Math.max(this.heldEndMs + stepMs, firstMs) : firstMs;
    const endMs = gridFloor(nowMs, stepMs);

    const answers = [];
    for (const range of splitRange(startMs, endMs, stepMs)) {
      answers.push(
        await this.client.queryRange(this.expr, range.startMs / 1000, range.endMs / 1000, stepMs / 1000),
      );
    }

    if (!continues) this.series.clear();
    const appended = new Map<string, WindowSeries>();
    for (const answer of answers) {
      for (const { labels, points } of answer.data.result) {
        const key = seriesKey(labels);
        for (const [seconds, value] of points) {
          const ms = Math.round(seconds * 1000);
          if (ms < startMs || ms > endMs) continue;
          append(this.series, key, labels, seconds, value);
          append(appended, key, labels, seconds, value);
        }
      }
    }
    if (endMs >= startMs) this.heldEndMs = endMs;
    this.held = shape;
    this.trim(cutoffMs);
    const warnings = [...new Set(answers.flatMap((answer) => answer.warnings))];
    return {
      series: [...this.series.values()],
      appended: [...appended.values()],
      refetched: !continues,
      warnings,
    };
  }

  /** Drops points before the window and series left with none. */
  private trim(cutoffMs: number): void {
    for (const [key, { times, values }] of this.series) {
      const keep = times.findIndex((seconds) => Math.round(seconds * 1000) >= cutoffMs);
      if (keep === -1) {
        this.series.delete(key);
      } else if (keep > 0) {
        times.splice(0, keep);
        values.splice(0, keep);
      }
    }
  }
}

/** Adds one point to `key`'s series in `into`, which it creates on the first one. */
function append(
  into: Map<string, WindowSeries>,
  key: string,
  labels: Record<string, string>,
  seconds: number,
  value: number,
): void {
  let series = into.get(key);
  if (!series) {
    series = { key, labels, times: [], values: [] };
    into.set(key, series);
  }
  series.times.push(seconds);
  series.values.push(value);
}

function shapeOf(windowSeconds: number, stepSeconds: number): Shape {
  const windowMs = Math.round(windowSeconds * 1000);
  const stepMs = Math.round(stepSeconds * 1000);
  if (!(stepMs >= 1) || !(windowMs >= stepMs)) {
    throw new RangeError(
      `a series window needs a step of at least 1 ms and a window of at least one step ` +
        `(got window ${windowSeconds} s, step ${stepSeconds} s)`,
    );
  }
  return { windowMs, stepMs };
}
