import type { JournalEvent } from '../../../shared/journalTypes';
import type { AchievedFigures } from '../../../shared/report/reportModel';
import type { DayExport } from '../journal/journalExport';
import type { PanelTarget } from './panelTargets';
import { numberField } from './payloadFields';

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
  day: DayExport,
  window: { fromMs: number; toMs: number },
): AchievedFigures | null {
  // Per series name, value by time: a point several snapshots hold is counted once.
  const bySeries = new Map<string, Map<number, number>>();
  const snapshotIds: number[] = [];
  for (const { summary, content } of day.snapshots) {
    const panel = content.panels.find((one) => one.title === target.panelTitle);
    const series = (panel?.series ?? []).filter((one) => drawsQuery(one.name, target));
    let counted = false;
    for (const one of series) {
      const points = bySeries.get(one.name) ?? new Map<number, number>();
      bySeries.set(one.name, points);
      for (const [time, value] of one.points) {
        if (time < window.fromMs || time > window.toMs || !Number.isFinite(value)) continue;
        points.set(time, value);
        counted = true;
      }
    }
    if (counted) snapshotIds.push(summary.id);
  }
  const values: number[] = [];
  let windowStartMs = Number.POSITIVE_INFINITY;
  let windowEndMs = Number.NEGATIVE_INFINITY;
  for (const points of bySeries.values()) {
    for (const [time, value] of points) {
      values.push(value);
      if (time < windowStartMs) windowStartMs = time;
      if (time > windowEndMs) windowEndMs = time;
    }
  }
  if (values.length === 0) return null;
  values.sort((a, b) => a - b);
  const lowIsGood = target.target.comparator === '<' || target.target.comparator === '<=';
  return {
    snapshotCount: snapshotIds.length,
    snapshotIds,
    windowStartMs,
    windowEndMs,
    pointCount: values.length,
    worst: (lowIsGood ? values.at(-1) : values[0]) ?? Number.NaN,
    peak: values.at(-1) ?? Number.NaN,
    p95: values[Math.ceil(ACHIEVED_PERCENTILE * values.length) - 1] ?? Number.NaN,
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
