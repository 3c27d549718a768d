import type { SnapshotChart } from '../../../../shared/report/reportCharts';
import { numberField } from '../payloadFields';
import type { ReportDay } from '../reportDay';

/** Each snapshot of the day as it froze the panels: charts for series, tables for values only. */
export function snapshotCharts(day: ReportDay): SnapshotChart[] {
  const takenEvent = new Map<number, number>();
  for (const event of day.events) {
    const snapshotId = event.kind === 'snapshot.taken' ? numberField(event.payload, 'snapshotId') : null;
    if (snapshotId !== null) takenEvent.set(snapshotId, event.seq);
  }
  return day.snapshots.charts((snapshotId) => {
    const seq = takenEvent.get(snapshotId);
    return seq === undefined ? [] : [seq];
  });
}
