import type { SnapshotChart } from '../../../../shared/report/reportCharts';
import type { DayExport } from '../../journal/journalExport';
import { numberField } from '../payloadFields';
import { SNAPSHOT_CHART_MAX_POINTS } from './chartConstants';
import { thinSeries } from './thinSeries';

/** Each snapshot of the day as it froze the panels: charts for series, tables for values only. */
export function snapshotCharts(day: DayExport): SnapshotChart[] {
  const takenEvent = new Map<number, number>();
  for (const event of day.events) {
    const snapshotId = event.kind === 'snapshot.taken' ? numberField(event.payload, 'snapshotId') : null;
    if (snapshotId !== null) takenEvent.set(snapshotId, event.seq);
  }
  return day.snapshots.map(({ summary, content }) => {
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
        series: panel.series.map((one) => thinSeries(one.name, one.points, SNAPSHOT_CHART_MAX_POINTS)),
        thresholds: (panel.thresholds ?? []).flatMap((threshold) =>
          threshold.value === undefined ? [] : [{ label: threshold.target, value: threshold.value }],
        ),
      })),
      values: valuesOnly.map((panel) => ({
        title: panel.title,
        values: Object.entries(panel.values ?? {}).map(([name, value]) => ({ name, value })),
      })),
      evidence: takenEvent.has(summary.id) ? [takenEvent.get(summary.id) as number] : [],
    };
  });
}
