import { Journal } from '../../electron/host/journal/journal';
import type { DayEventDraft } from '../../electron/host/journal/journalWrites';
import { appendToDay, startDay } from '../../electron/host/journal/journalWrites';

/** A long test day: 12 hours of probes, commands, breaches, notes and issues. */
export const SEED_EVENTS = 200_000;
const DAY_MS = 12 * 60 * 60 * 1000;
/** Appends per write operation while seeding; the seed is setup, not what is measured. */
const SEED_CHUNK = 5_000;

const OPERATORS = ['ana', 'bob', 'chen', 'dana'];

/** The event at position `index` of the seeded day: mostly probes, sometimes something worse. */
function seedEvent(index: number, time: number): DayEventDraft {
  const actor = OPERATORS[index % OPERATORS.length] ?? 'ana';
  if (index % 997 === 0) {
    return {
      kind: 'threshold.breached',
      actor: 'warroom',
      subject: `P95 latency ${300 + (index % 200)} ms > 300 ms`,
      severity: 2,
      time,
    };
  }
  if (index % 211 === 0)
    return {
      kind: 'note',
      actor,
      subject: `Observation ${index}: queue depth rising`,
      payload: { text: `Observation ${index}` },
      time,
    };
  if (index % 53 === 0) {
    return {
      kind: 'command.finished',
      actor,
      subject: `kubectl get pods -n api`,
      payload: { exitCode: index % 7 === 0 ? 1 : 0, durationMs: 420 },
      time,
    };
  }
  return {
    kind: 'probe.result',
    actor: 'warroom',
    subject: `GET /health → 200 in ${index % 250} ms`,
    payload: { probe: 'health', status: 200, ms: index % 250, ok: true },
    time,
  };
}

/** Writes a 12-hour day of SEED_EVENTS events into a new journal file. */
export async function seedLongDay(path: string): Promise<void> {
  const journal = Journal.open(path);
  const start = Date.now() - DAY_MS;
  try {
    await journal.write(
      startDay({ name: '12-hour soak', environment: 'staging', operators: OPERATORS }, 'ana'),
    );
    for (let from = 1; from < SEED_EVENTS; from += SEED_CHUNK) {
      const to = Math.min(SEED_EVENTS, from + SEED_CHUNK);
      await journal.write((tx) => {
        for (let index = from; index < to; index += 1) {
          appendToDay(seedEvent(index, start + Math.floor((index / SEED_EVENTS) * DAY_MS)))(tx);
        }
      });
    }
  } finally {
    await journal.close();
  }
}
