import type { QuantileSketch } from './quantileSketch';

/** k6's default `summaryTrendStats`: what a trend's summary values hold unless the script asks otherwise. */
export const K6_DEFAULT_TREND_STATS: readonly string[] = ['avg', 'min', 'med', 'max', 'p(90)', 'p(95)'];
/** Everything a chart of one second may plot (issue 7). */
export const WINDOW_TREND_STATS: readonly string[] = [
  'count',
  'avg',
  'min',
  'med',
  'max',
  'p(90)',
  'p(95)',
  'p(99)',
];

/** One summary statistic of a trend: `key` is its name in the values, as the script wrote it. */
export interface TrendStat {
  key: string;
  read: (sketch: QuantileSketch) => number;
}

const PERCENTILE = /^p\((\d+(?:\.\d+)?)\)$/;

const NAMED_STATS: Record<string, (sketch: QuantileSketch) => number> = {
  count: (sketch) => sketch.count,
  avg: (sketch) => (sketch.count === 0 ? 0 : sketch.sum / sketch.count),
  min: (sketch) => (sketch.count === 0 ? 0 : sketch.min),
  max: (sketch) => (sketch.count === 0 ? 0 : sketch.max),
  med: (sketch) => sketch.quantile(0.5),
};

/** Reads `summaryTrendStats` as k6 does: `avg`, `min`, `med`, `max`, `count`, `p(N)` with 0 ≤ N ≤ 100. */
export function parseTrendStats(names: readonly string[]): TrendStat[] {
  return names.map((key) => {
    const named = NAMED_STATS[key];
    if (named) return { key, read: named };
    const percentile = PERCENTILE.exec(key);
    const fraction = percentile ? Number(percentile[1]) / 100 : Number.NaN;
    if (!(fraction >= 0 && fraction <= 1)) {
      throw new Error(
        `unknown trend stat '${key}': expected avg, min, med, max, count or p(N) with N from 0 to 100`,
      );
    }
    return { key, read: (sketch) => sketch.quantile(fraction) };
  });
}
