import { setTimeout as delay } from 'node:timers/promises';
import { MAX_CHECK_TIMEOUT_MS, MIN_CHECK_TIMEOUT_MS } from './probeConstants';

/**
 * The time one check is given: its interval, as Prometheus gives a scrape no more than its scrape
 * interval, so checks keep their rhythm; within MIN_CHECK_TIMEOUT_MS and MAX_CHECK_TIMEOUT_MS.
 */
export function checkTimeoutMs(intervalMs: number): number {
  return Math.min(MAX_CHECK_TIMEOUT_MS, Math.max(MIN_CHECK_TIMEOUT_MS, intervalMs));
}

/** Waits `ms` (none when not positive); false when `signal` aborted first. */
async function pause(ms: number, signal?: AbortSignal): Promise<boolean> {
  if (signal?.aborted) return false;
  if (ms <= 0) return true;
  try {
    await delay(ms, undefined, { signal });
    return true;
  } catch {
    return false;
  }
}

/** Passes at most taken to reach a time: a timer may fire a millisecond early by the wall clock. */
const PAUSE_UNTIL_PASSES = 3;

/** Waits until `now()` reaches `at`; false when `signal` aborted first. */
export async function pauseUntil(at: number, now: () => number, signal?: AbortSignal): Promise<boolean> {
  for (let pass = 0; pass < PAUSE_UNTIL_PASSES; pass++) {
    const left = at - now();
    if (left <= 0) break;
    if (!(await pause(left, signal))) return false;
  }
  return !signal?.aborted;
}
