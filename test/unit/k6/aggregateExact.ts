/** k6's own trend percentile, computed exactly: linear interpolation over the sorted values. */
export function exactQuantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  const rank = q * (sorted.length - 1);
  const low = sorted[Math.floor(rank)] as number;
  const high = sorted[Math.ceil(rank)] as number;
  return low + (high - low) * (rank - Math.floor(rank));
}

export { seededRandom } from '../../support/seededRandom';

export function relativeError(estimate: number, exact: number): number {
  if (exact === 0) return Math.abs(estimate);
  return Math.abs(estimate - exact) / Math.abs(exact);
}

/** One metric's summary values computed the naive way, from every value kept in memory. */
export function exactValues(
  type: string,
  points: readonly { value: number; timeMs: number }[],
  durationMs: number,
  trendStats: readonly string[],
): Record<string, number> {
  const values = points.map((point) => point.value);
  if (type === 'counter') {
    const count = values.reduce((sum, value) => sum + value, 0);
    return { count, rate: durationMs > 0 ? count / (durationMs / 1000) : 0 };
  }
  if (type === 'gauge') {
    if (values.length === 0) return { value: 0, min: 0, max: 0 };
    const latest = points.reduce((last, point) => (point.timeMs >= last.timeMs ? point : last));
    return { value: latest.value, min: Math.min(...values), max: Math.max(...values) };
  }
  if (type === 'rate') {
    const passes = values.filter((value) => value !== 0).length;
    return { rate: values.length === 0 ? 0 : passes / values.length, passes, fails: values.length - passes };
  }
  const sorted = [...values].sort((a, b) => a - b);
  const stats: Record<string, number> = {};
  for (const stat of trendStats) {
    if (stat === 'count') stats[stat] = sorted.length;
    else if (stat === 'avg')
      stats[stat] = sorted.length === 0 ? 0 : sorted.reduce((sum, v) => sum + v, 0) / sorted.length;
    else if (stat === 'min') stats[stat] = sorted[0] ?? 0;
    else if (stat === 'max') stats[stat] = sorted[sorted.length - 1] ?? 0;
    else if (stat === 'med') stats[stat] = exactQuantile(sorted, 0.5);
    else stats[stat] = exactQuantile(sorted, Number(stat.slice(2, -1)) / 100);
  }
  return stats;
}

/** Percentiles come from the sketch: within 1 % (issue 7). */
const PERCENTILE_KEYS = /^(med|p\(.*\))$/;
/** Sums and quotients may differ in the last bits with the order of addition. */
const QUOTIENT_KEYS = /^(avg|rate)$/;

/** Where `actual` differs from `exact`: counts and extremes exactly, percentiles beyond 1 %. */
export function mismatches(actual: Record<string, number>, exact: Record<string, number>): string[] {
  const problems: string[] = [];
  const keys = new Set([...Object.keys(actual), ...Object.keys(exact)]);
  for (const key of keys) {
    const got = actual[key];
    const want = exact[key];
    if (got === undefined || want === undefined) problems.push(`${key}: ${got} vs ${want}`);
    else if (
      PERCENTILE_KEYS.test(key)
        ? relativeError(got, want) > 0.01 + 1e-12
        : QUOTIENT_KEYS.test(key)
          ? relativeError(got, want) > 1e-12
          : got !== want
    )
      problems.push(`${key}: ${got} vs ${want}`);
  }
  return problems;
}
