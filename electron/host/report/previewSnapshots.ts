import type { DayInfo } from '../../../shared/journalTypes';
import type { Journal } from '../journal/journal';
import { DaySnapshots } from './snapshots/daySnapshots';

/** Days whose snapshots stay indexed: the one the Report view shows and the one it compares with. */
const DAYS_KEPT = 2;

/**
 * The snapshots of the days the Report view previews, each read from the journal once. The view
 * refreshes every few seconds while it is open, and reading every snapshot again each time (a
 * decompressed blob of up to a few MB each) cost a twelve-hour day over a second of CPU a refresh
 * and left the allocator's heap fragmented; snapshots never change, so only new ones are read.
 */
export class PreviewSnapshots {
  private readonly days = new Map<number, DaySnapshots>();

  constructor(private readonly journal: Journal) {}

  /** The day's snapshots, brought up to date with those taken since the last call. */
  of(day: DayInfo): DaySnapshots {
    const indexed = this.days.get(day.id) ?? new DaySnapshots(day.startedAt);
    // The journal lists a day's snapshots in the order taken and never removes one.
    for (const summary of this.journal.snapshots(day.id).slice(indexed.count)) {
      indexed.add(summary, this.journal.snapshot(summary.id).content);
    }
    // Most recently used last, so the oldest is the first key.
    this.days.delete(day.id);
    this.days.set(day.id, indexed);
    for (const dayId of this.days.keys()) {
      if (this.days.size <= DAYS_KEPT) break;
      this.days.delete(dayId);
    }
    return indexed;
  }
}
