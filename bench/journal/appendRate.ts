import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Journal } from '../../electron/host/journal/journal';
import { appendToDay, startDay } from '../../electron/host/journal/journalWrites';

/** Events appended per measured run: a busy hour of probes, breaches and k6 checks. */
export const APPEND_EVENTS = 100_000;

/** How many appends a caller keeps waiting at once: services append as things happen, not one by one. */
const IN_FLIGHT = 5_000;

export interface AppendRun {
  events: number;
  ms: number;
  perSecond: number;
}

/**
 * Appends APPEND_EVENTS probe results through the journal's own write path to a fresh file
 * (WAL, synchronous NORMAL), waiting for every commit. maxOperationsPerCommit 1 is the
 * baseline: the same inserts, one transaction each.
 */
export async function measureAppendRate(maxOperationsPerCommit?: number): Promise<AppendRun> {
  const dir = mkdtempSync(join(tmpdir(), 'warroom-bench-journal-'));
  const journal = Journal.open(join(dir, 'journal.sqlite'), { maxOperationsPerCommit });
  try {
    await journal.write(
      startDay({ name: 'Append bench', environment: 'bench', operators: ['bench'] }, 'bench'),
    );
    const started = performance.now();
    for (let sent = 0; sent < APPEND_EVENTS; sent += IN_FLIGHT) {
      const wave = Array.from({ length: Math.min(IN_FLIGHT, APPEND_EVENTS - sent) }, (_, index) =>
        journal.write(
          appendToDay({
            kind: 'probe.result',
            actor: 'warroom',
            subject: `GET /health → 200 in ${(sent + index) % 250} ms`,
            payload: { probe: 'health', status: 200, ms: (sent + index) % 250, ok: true },
          }),
        ),
      );
      await Promise.all(wave);
    }
    const ms = performance.now() - started;
    return { events: APPEND_EVENTS, ms, perSecond: APPEND_EVENTS / (ms / 1000) };
  } finally {
    await journal.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
