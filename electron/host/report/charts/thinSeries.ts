import type { ChartSeries } from '../../../../shared/report/reportCharts';
import type { PointsView } from '../snapshots/pointColumns';

/**
 * Thins points for drawing: at most `maxPoints`, keeping each time bucket's lowest and highest
 * value in time order, so spikes and dips survive the thinning (a breach stays visible). Points
 * already few enough come back as they are (the same view).
 */
export function thinPoints(points: PointsView, maxPoints: number): PointsView {
  if (points.length <= maxPoints) return points;
  const times: number[] = [];
  const values: number[] = [];
  const buckets = Math.max(1, Math.floor(maxPoints / 2));
  const size = points.length / buckets;
  for (let bucket = 0; bucket < buckets; bucket++) {
    const from = Math.floor(bucket * size);
    const to = Math.min(points.length, Math.floor((bucket + 1) * size));
    let low = from;
    let high = from;
    for (let i = from + 1; i < to; i++) {
      if ((points.values[i] ?? 0) < (points.values[low] ?? 0)) low = i;
      if ((points.values[i] ?? 0) > (points.values[high] ?? 0)) high = i;
    }
    for (const index of low === high ? [low] : [Math.min(low, high), Math.max(low, high)]) {
      times.push(points.times[index] ?? 0);
      values.push(points.values[index] ?? 0);
    }
  }
  return { times, values, length: times.length };
}

/** A chart's series from points in columns: the [time, value] pairs the report model holds. */
export function chartSeries(name: string, points: PointsView): ChartSeries {
  const series: ChartSeries = { name, points: [] };
  for (let i = 0; i < points.length; i++) series.points.push([points.times[i] ?? 0, points.values[i] ?? 0]);
  return series;
}
