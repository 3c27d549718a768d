import type { WriteOperation } from '../../electron/host/journal/eventWriter';
import type { Journal } from '../../electron/host/journal/journal';

/** The seeding clock: what the journal stamps a commit with, moved by the seeder. */
export interface SeedClock {
  now: number;
}

/**
 * One thing that happens on the bench's day, at `time`, appending `events` events:
 * inline writes give each event its own time and share a commit with their neighbours;
 * stamped writes (a command's end, a snapshot, an issue) take the commit's time, so get their own;
 * a run goes through a recorder that writes on its own, moving the clock as it goes.
 */
export type PlanItem =
  | { time: number; events: number; kind: 'inline' | 'stamped'; write: WriteOperation<unknown> }
  | { time: number; events: number; kind: 'run'; run: (journal: Journal, clock: SeedClock) => Promise<void> };
