import type { ReportDay } from './reportDay';
import { snapshotEvents } from './snapshotFigures';
import type { ReportWindow } from './snapshots/daySnapshots';

/**
 * The snapshot.taken events whose snapshot holds points for the panel (by title) inside the test
 * window: the evidence that the panel was polled and had data.
 */
export function panelPolledEvidence(day: ReportDay, panelTitle: string, window: ReportWindow): number[] {
  return snapshotEvents(day.events, day.snapshots.polledIds(panelTitle, window));
}

/** Snapshots holding the alerts panel's counts (its `critical firing` value): the alerts were watched. */
export function alertsSnapshotEvidence(day: ReportDay): number[] {
  return snapshotEvents(day.events, day.snapshots.alertCountIds());
}
