import type { JournalEvent } from '../../../../shared/journalTypes';
import type { ChartMarker, PanelChart } from '../../../../shared/report/reportCharts';
import type { TargetRow } from '../../../../shared/report/reportModel';
import { isThresholdEvent, targetOf } from '../panelTargets';
import type { ReportDay } from '../reportDay';
import { snapshotEvents } from '../snapshotFigures';
import type { ReportWindow } from '../snapshots/daySnapshots';
import { KEY_EVENT_KINDS } from '../timelineSection';
import { PANEL_CHART_MAX_MARKERS, PANEL_CHART_MAX_POINTS } from './chartConstants';
import { chartSeries, thinPoints } from './thinSeries';

/**
 * A chart per panel with a target, over the test window: every snapshot's frozen points of the
 * panel (found by title, as snapshots name panels), the targets' lines, and the markers of the
 * panel's own breaches and recoveries and of the day's other key events.
 */
export function panelCharts(day: ReportDay, rows: readonly TargetRow[], window: ReportWindow): PanelChart[] {
  const panelIds = [...new Set(rows.map((row) => row.panelId))];
  const inWindow = day.events.filter(
    (event) =>
      event.time >= window.fromMs &&
      event.time <= window.toMs &&
      (isThresholdEvent(event) || KEY_EVENT_KINDS.has(event.kind)),
  );
  return panelIds.map((panelId) => {
    const panelRows = rows.filter((row) => row.panelId === panelId);
    const first = panelRows[0] as TargetRow;
    const { series, snapshotIds } = panelSeries(day, first.panelTitle, window);
    return {
      panelId,
      title: first.panelTitle,
      unit: first.unit,
      fromMs: window.fromMs,
      toMs: window.toMs,
      series,
      thresholds: panelRows.map((row) => ({
        label: `${row.legend ?? row.panelTitle} ${row.comparator} ${row.targetValue}`,
        value: row.targetValue,
      })),
      markers: panelMarkers(inWindow, panelId),
      evidence: snapshotEvents(day.events, snapshotIds),
    };
  });
}

function panelSeries(day: ReportDay, title: string, window: ReportWindow) {
  const { series, snapshotIds } = day.snapshots.panelPoints(title, window);
  return {
    series: series
      .filter(({ points }) => points.length > 0)
      .map(({ name, points }) => chartSeries(name, thinPoints(points, PANEL_CHART_MAX_POINTS))),
    snapshotIds,
  };
}

/** The panel's own threshold events first, then the day's other key events, in time order. */
function panelMarkers(inWindow: readonly JournalEvent[], panelId: string): ChartMarker[] {
  const own = inWindow.filter((event) => isThresholdEvent(event) && targetOf(event).panelId === panelId);
  const others = inWindow.filter((event) => !isThresholdEvent(event));
  return [...own, ...others]
    .slice(0, PANEL_CHART_MAX_MARKERS)
    .sort((a, b) => a.seq - b.seq)
    .map((event) => ({ seq: event.seq, atMs: event.time, kind: event.kind, label: event.subject }));
}
