import { MAX_POINTS_PER_RANGE_QUERY } from './prometheusConstants';

/**
 * Range-query arithmetic on the step grid (multiples of the step since the epoch), in integer
 * milliseconds, Prometheus's own resolution, so that no float drift moves a point off the grid.
 */

/** The latest grid time at or before `ms`. */
export function gridFloor(ms: number, stepMs: number): number {
  return Math.floor(ms / stepMs) * stepMs;
}

/** The earliest grid time at or after `ms`. */
export function gridCeil(ms: number, stepMs: number): number {
  return Math.ceil(ms / stepMs) * stepMs;
}

/** One range request's bounds, both on the grid and both included. */
export interface GridRange {
  startMs: number;
  endMs: number;
}

/**
 * [startMs, endMs] (on the grid) as consecutive requests of at most MAX_POINTS_PER_RANGE_QUERY
 * points each, oldest first; none when the range is empty (start after end).
 */
export function splitRange(startMs: number, endMs: number, stepMs: number): GridRange[] {
  const span = (MAX_POINTS_PER_RANGE_QUERY - 1) * stepMs;
  const ranges: GridRange[] = [];
  for (let from = startMs; from <= endMs; from += span + stepMs) {
    ranges.push({ startMs: from, endMs: Math.min(from + span, endMs) });
  }
  return ranges;
}
