import type { DayInfo } from '../../shared/journalTypes';
import type { SandboxStatus } from '../../shared/sandboxTypes';

/** What the console knows when it decides whether a new user lands on the Rehearsal view. */
export interface FirstRunFacts {
  /** Null until the host has answered. */
  sandbox: SandboxStatus | null;
  /** Every test day in the journal; null until the host has answered. */
  journalDays: readonly DayInfo[] | null;
  /** The person has picked a view since the console started. */
  userNavigated: boolean;
}

/** 'wait' until both answers are in; then 'open' the Rehearsal view once, or 'stay' where we are. */
export type FirstRunDecision = 'wait' | 'open' | 'stay';

/**
 * A first run is a journal with no test day at all and a sandbox that could be started: the
 * rehearsal is then the quickest way to see the console work. A person's own choice of view wins.
 */
export function firstRunDecision({ sandbox, journalDays, userNavigated }: FirstRunFacts): FirstRunDecision {
  if (userNavigated) return 'stay';
  if (sandbox === null || journalDays === null) return 'wait';
  const startable = sandbox.unavailable === null && sandbox.state === 'stopped';
  return startable && journalDays.length === 0 ? 'open' : 'stay';
}
