import type { DayExport } from '../journal/journalExport';
import { snapshotEvents } from './snapshotFigures';

/**
 * The snapshot.taken events whose snapshot holds points for the panel (by title) inside the test
 * window: the evidence that the panel was polled and had data.
 */
export function panelPolledEvidence(
  day: DayExport,
  panelTitle: string,
  window: { fromMs: number; toMs: number },
): number[] {
  const ids = day.snapshots
    .filter(({ content }) =>
      content.panels.some(
        (panel) =>
          panel.title === panelTitle &&
          panel.series.some((series) =>
            series.points.some(([time]) => time >= window.fromMs && time <= window.toMs),
          ),
      ),
    )
    .map(({ summary }) => summary.id);
  return snapshotEvents(day.events, ids);
}

/** Snapshots holding the alerts panel's counts (its `critical firing` value): the alerts were watched. */
export function alertsSnapshotEvidence(day: DayExport): number[] {
  const ids = day.snapshots
    .filter(({ content }) => content.panels.some((panel) => panel.values?.['critical firing'] !== undefined))
    .map(({ summary }) => summary.id);
  return snapshotEvents(day.events, ids);
}
