import { describe, expect, it } from 'vitest';
import { PointColumns, type PointsView } from '../../../electron/host/report/snapshots/pointColumns';

const pairs = (view: PointsView) =>
  Array.from({ length: view.length }, (_, i) => [view.times[i], view.values[i]]);

describe('a series merged from snapshots, in two columns', () => {
  it('keeps points in time order, one per time, the last value set winning', () => {
    const columns = new PointColumns();
    for (const [time, value] of [
      [30, 3],
      [10, 1],
      [20, 2],
      [20, 22],
      [40, 4],
      [25, 2.5],
    ] as const) {
      columns.set(time, value);
    }
    expect(pairs(columns.upTo(Number.POSITIVE_INFINITY))).toEqual([
      [10, 1],
      [20, 22],
      [25, 2.5],
      [30, 3],
      [40, 4],
    ]);
  });

  it('gives the points up to a time, that time included, and none before the first', () => {
    const columns = new PointColumns();
    for (let time = 1_000; time <= 1_500; time += 100) columns.set(time, time / 100);
    expect(pairs(columns.upTo(1_300)).map(([time]) => time)).toEqual([1_000, 1_100, 1_200, 1_300]);
    expect(pairs(columns.upTo(1_250.5)).map(([time]) => time)).toEqual([1_000, 1_100, 1_200]);
    expect(columns.upTo(999).length).toBe(0);
  });

  it('grows past its first capacity without losing a point', () => {
    const columns = new PointColumns();
    // Set from the end backwards: every point is inserted at the front.
    for (let time = 1_000; time > 0; time--) columns.set(time, -time);
    const all = columns.upTo(1_000);
    expect(all.length).toBe(1_000);
    expect(all.times[0]).toBe(1);
    expect(all.values[999]).toBe(-1_000);
    expect(pairs(all).every(([time, value], i) => time === i + 1 && value === -(i + 1))).toBe(true);
  });
});
