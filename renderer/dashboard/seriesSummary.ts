/** A series over the visible window: its latest value and its extremes (null when it has none). */
export interface SeriesSummary {
  current: number | null;
  min: number | null;
  max: number | null;
}

/** The summary of `values` at `times` from `from` to `to` (seconds), skipping NaN. */
export function seriesSummary(
  times: Float64Array,
  values: Float64Array,
  from: number,
  to: number,
): SeriesSummary {
  let current: number | null = null;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < times.length; i++) {
    const time = times[i] ?? 0;
    const value = values[i] ?? Number.NaN;
    if (time < from || time > to || Number.isNaN(value)) continue;
    current = value;
    if (value < min) min = value;
    if (value > max) max = value;
  }
  return current === null ? { current: null, min: null, max: null } : { current, min, max };
}
