import type { DayExport } from '../journal/journalExport';
import { DaySnapshots } from './snapshots/daySnapshots';

/** A day as a report reads it: its journal export, with the snapshots read through their index. */
export type ReportDay = Omit<DayExport, 'snapshots'> & { snapshots: DaySnapshots };

/** The report's view of a whole export: its snapshots indexed in the order they were taken. */
export function reportDayOf(exported: DayExport): ReportDay {
  const snapshots = new DaySnapshots(exported.day.startedAt);
  for (const { summary, content } of exported.snapshots) snapshots.add(summary, content);
  return { ...exported, snapshots };
}
