import type { JournalEvent } from '../../../shared/journalTypes';
import type { AchievedFigures } from '../../../shared/report/reportModel';
import type { PanelTarget } from './panelTargets';
import { numberField } from './payloadFields';
import type { ReportDay } from './reportDay';
import type { ReportWindow } from './snapshots/daySnapshots';

/** The percentile the achieved table reports besides worst and peak. */
const ACHIEVED_PERCENTILE = 0.95;

/**
 * What a target's query achieved, from the snapshots' frozen series of its panel (found by the
 * panel's title: a snapshot names panels by title), kept to the test window. A snapshot does not
 * say which query drew a series, so: a one-query panel's series are all the query's; for a panel
 * of several, only the series named exactly as the query's legend; with no dashboard given, none.
 * Points several snapshots share (overlapping quarter hours) are counted once.
 */
export function achievedFigures(
  target: PanelTarget,
  day: ReportDay,
  window: ReportWindow,
): AchievedFigures | null {
  const { series, snapshotIds } = day.snapshots.panelPoints(target.panelTitle, window, (name) =>
    drawsQuery(name, target),
  );
  const pointCount = series.reduce((sum, one) => sum + one.points.length, 0);
  if (pointCount === 0) return null;
  const values = new Float64Array(pointCount);
  let filled = 0;
  let windowStartMs = Number.POSITIVE_INFINITY;
  let windowEndMs = Number.NEGATIVE_INFINITY;
  for (const { points } of series) {
    if (points.length === 0) continue;
    for (let i = 0; i < points.length; i++) values[filled++] = points.values[i] as number;
    // Each series' points are in time order.
    windowStartMs = Math.min(windowStartMs, points.times[0] as number);
    windowEndMs = Math.max(windowEndMs, points.times[points.length - 1] as number);
  }
  values.sort();
  const lowIsGood = target.target.comparator === '<' || target.target.comparator === '<=';
  return {
    snapshotCount: snapshotIds.length,
    snapshotIds,
    windowStartMs,
    windowEndMs,
    pointCount,
    worst: (lowIsGood ? values.at(-1) : values[0]) ?? Number.NaN,
    peak: values.at(-1) ?? Number.NaN,
    p95: values[Math.ceil(ACHIEVED_PERCENTILE * pointCount) - 1] ?? Number.NaN,
    evidence: snapshotEvents(day.events, snapshotIds),
  };
}

function drawsQuery(seriesName: string, target: PanelTarget): boolean {
  if (target.queryCount === 1) return true;
  return target.queryCount !== null && target.legend !== null && seriesName === target.legend;
}

/** The snapshot.taken events of the given snapshots. */
export function snapshotEvents(events: readonly JournalEvent[], snapshotIds: readonly number[]): number[] {
  return events
    .filter((event) => event.kind === 'snapshot.taken')
    .filter((event) => snapshotIds.includes(numberField(event.payload, 'snapshotId') ?? -1))
    .map((event) => event.seq);
}
