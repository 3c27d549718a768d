import type { DayInfo, SnapshotPanel } from '../../../../../shared/journalTypes';
import type { DayExport } from '../../../journal/journalExport';

export interface SystemMetrics {
  format: 'warroom-system-metrics';
  formatVersion: 1;
  day: DayInfo;
  /** Every snapshot of the day, in order: what each panel showed (series at full resolution, values, targets). */
  snapshots: Array<{
    snapshotId: number;
    label: string;
    takenAt: number;
    /** The issue the snapshot was taken for, when it was. */
    issueId: number | null;
    note: string | null;
    panels: SnapshotPanel[];
  }>;
}

/** The metrics the day recorded, as the snapshots froze them: nothing between snapshots is known. */
export function systemMetrics(day: DayExport): SystemMetrics {
  return {
    format: 'warroom-system-metrics',
    formatVersion: 1,
    day: day.day,
    snapshots: day.snapshots.map(({ summary, content }) => ({
      snapshotId: summary.id,
      label: summary.label,
      takenAt: content.takenAt,
      issueId: summary.issueId,
      note: content.note ?? null,
      panels: content.panels,
    })),
  };
}
