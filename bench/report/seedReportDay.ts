import type { WriteOperation } from '../../electron/host/journal/eventWriter';
import { Journal } from '../../electron/host/journal/journal';
import { endDay, startDay } from '../../electron/host/journal/journalWrites';
import type { Panel } from '../../shared/workspace/workspaceTypes';
import { DAY_EVENTS, dayPlan } from './dayPlan';
import { dayShape } from './dayShape';
import type { SeedClock } from './planItem';

/** Inline writes per commit while seeding; the seed is setup, not what is measured. */
const SEED_CHUNK = 5_000;

export interface SeededDay {
  events: number;
  snapshots: number;
  transcripts: number;
  issues: number;
  /** The moment the day ended; the report is exported a minute later. */
  endedAt: number;
  seedMs: number;
}

/**
 * Records the bench's 12-hour day into a new journal at `path` through the journal's own write
 * operations, in time order, with a clock that follows the day.
 */
export async function seedReportDay(
  path: string,
  panels: readonly Panel[],
  start: number,
): Promise<SeededDay> {
  const began = performance.now();
  const shape = dayShape(start);
  const plan = dayPlan(shape, panels);
  const clock: SeedClock = { now: start };
  const journal = Journal.open(path, { clock: () => clock.now });
  try {
    await journal.write(
      startDay({ name: '12-hour soak', environment: 'staging', operators: ['ana', 'bob'] }, 'ana'),
    );
    let group: WriteOperation<unknown>[] = [];
    let groupTime = start;
    const flush = async () => {
      if (group.length === 0) return;
      const operations = group;
      group = [];
      clock.now = groupTime;
      await journal.write((tx) => {
        for (const operation of operations) operation(tx);
      });
    };
    for (const item of plan) {
      if (item.kind === 'run') {
        await flush();
        await item.run(journal, clock);
        continue;
      }
      if (item.kind === 'stamped' || group.length >= SEED_CHUNK) await flush();
      if (group.length === 0) groupTime = item.time;
      group.push(item.write);
    }
    await flush();
    clock.now = shape.end;
    await journal.write(endDay({ decision: 'no-go', reason: 'checkout 5xx spikes still open' }, 'ana'));
    const day = journal.days()[0];
    if (!day) throw new Error('the seeded journal has no day');
    if (day.eventCount !== DAY_EVENTS) throw new Error(`seeded ${day.eventCount} events, not ${DAY_EVENTS}`);
    return {
      events: day.eventCount,
      snapshots: journal.snapshots(day.id).length,
      transcripts: journal.transcripts(day.id).length,
      issues: journal.issues(day.id).length,
      endedAt: shape.end,
      seedMs: performance.now() - began,
    };
  } finally {
    await journal.close();
  }
}
