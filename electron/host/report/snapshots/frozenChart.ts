import type { SnapshotContent, SnapshotSummary } from '../../../../shared/journalTypes';
import type { ChartLine, SnapshotChart } from '../../../../shared/report/reportCharts';
import type { Evidence } from '../../../../shared/report/reportModel';
import { SNAPSHOT_CHART_MAX_POINTS } from '../charts/chartConstants';
import { chartSeries, thinPoints } from '../charts/thinSeries';
import type { PointsView } from './pointColumns';

/** A snapshot's chart, thinned once and held in typed columns (a third of the pairs' memory). */
export interface FrozenChart {
  snapshotId: number;
  label: string;
  takenAtMs: number;
  note: string | null;
  panels: Array<{
    title: string;
    unit: string | null;
    series: Array<{ name: string; points: PointsView }>;
    thresholds: ChartLine[];
  }>;
  values: SnapshotChart['values'];
}

/** The chart of a snapshot as it froze the panels: series drawn, panels of values only as tables. */
export function frozenChart(summary: SnapshotSummary, content: SnapshotContent): FrozenChart {
  const drawn = content.panels.filter((panel) => panel.series.length > 0);
  const valuesOnly = content.panels.filter((panel) => panel.series.length === 0 && panel.values);
  return {
    snapshotId: summary.id,
    label: summary.label,
    takenAtMs: content.takenAt,
    note: content.note ?? null,
    panels: drawn.map((panel) => ({
      title: panel.title,
      unit: panel.unit ?? null,
      series: panel.series.map((one) => ({ name: one.name, points: thinnedColumns(one.points) })),
      thresholds: (panel.thresholds ?? []).flatMap((threshold) =>
        threshold.value === undefined ? [] : [{ label: threshold.target, value: threshold.value }],
      ),
    })),
    values: valuesOnly.map((panel) => ({
      title: panel.title,
      values: Object.entries(panel.values ?? {}).map(([name, value]) => ({ name, value })),
    })),
  };
}

/** The report model's chart of the snapshot, with the event that took it as evidence. */
export function snapshotChart(frozen: FrozenChart, evidence: Evidence): SnapshotChart {
  return {
    ...frozen,
    panels: frozen.panels.map((panel) => ({
      ...panel,
      series: panel.series.map((one) => chartSeries(one.name, one.points)),
    })),
    evidence,
  };
}

function thinnedColumns(points: ReadonlyArray<readonly [number, number]>): PointsView {
  const thinned = thinPoints(
    { times: points.map(([time]) => time), values: points.map(([, value]) => value), length: points.length },
    SNAPSHOT_CHART_MAX_POINTS,
  );
  return {
    times: Float64Array.from(thinned.times),
    values: Float64Array.from(thinned.values),
    length: thinned.length,
  };
}
