import type { ChartSeries } from '../../../../shared/report/reportCharts';

/**
 * Thins points for drawing: at most `maxPoints`, keeping each time bucket's lowest and highest
 * value in time order, so spikes and dips survive the thinning (a breach stays visible).
 */
export function thinSeries(
  name: string,
  points: ReadonlyArray<readonly [number, number]>,
  maxPoints: number,
) {
  const series: ChartSeries = { name, points: [] };
  if (points.length <= maxPoints) {
    series.points = points.map(([time, value]) => [time, value]);
    return series;
  }
  const buckets = Math.max(1, Math.floor(maxPoints / 2));
  const size = points.length / buckets;
  for (let bucket = 0; bucket < buckets; bucket++) {
    const from = Math.floor(bucket * size);
    const to = Math.min(points.length, Math.floor((bucket + 1) * size));
    let low = from;
    let high = from;
    for (let i = from + 1; i < to; i++) {
      if ((points[i]?.[1] ?? 0) < (points[low]?.[1] ?? 0)) low = i;
      if ((points[i]?.[1] ?? 0) > (points[high]?.[1] ?? 0)) high = i;
    }
    for (const index of low === high ? [low] : [Math.min(low, high), Math.max(low, high)]) {
      const [time, value] = points[index] ?? [0, 0];
      series.points.push([time, value]);
    }
  }
  return series;
}
