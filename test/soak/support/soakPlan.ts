/** How long the soak runs and how fast its day goes, from SOAK_MINUTES (30 unless told). */

/** The day the soak compresses: a twelve-hour test day. */
export const DAY_MINUTES = 12 * 60;

/** The issue's floor: the day runs at least 20 times faster than it would. */
export const MIN_COMPRESSION = 20;

/** The length CI runs: 12 h at 24×, inside the 35 minutes CI grants the soak. */
const DEFAULT_SOAK_MINUTES = 30;

/** Warm-up share of the run: 5 minutes of 30, before the baseline is taken. */
const WARM_UP_SHARE = 1 / 6;

/** A shorter soak checks the harness itself; below this its warm-up is too short to settle. */
const MIN_SOAK_MINUTES = 2;

/** Above this CI's 35-minute budget no longer holds. */
const MAX_SOAK_MINUTES = 31;

export interface SoakPlan {
  totalMs: number;
  warmUpMs: number;
  /** How many times faster than a real day the cycles below run. */
  compression: number;
  /** How much of the twelve-hour day this run covers, in minutes of that day. */
  dayMinutesCovered: number;
}

export function soakPlan(environment: NodeJS.ProcessEnv = process.env): SoakPlan {
  const given = environment.SOAK_MINUTES;
  const minutes = given === undefined || given === '' ? DEFAULT_SOAK_MINUTES : Number(given);
  if (!Number.isFinite(minutes) || minutes < MIN_SOAK_MINUTES || minutes > MAX_SOAK_MINUTES) {
    throw new Error(
      `SOAK_MINUTES must be a number from ${MIN_SOAK_MINUTES} to ${MAX_SOAK_MINUTES} (got "${given}")`,
    );
  }
  const compression = DAY_MINUTES / DEFAULT_SOAK_MINUTES;
  return {
    totalMs: minutes * 60_000,
    warmUpMs: minutes * 60_000 * WARM_UP_SHARE,
    compression,
    dayMinutesCovered: minutes * compression,
  };
}

/**
 * A real test day's pace, and the soak's: every period is the day's divided by the compression
 * (24: twelve hours in thirty minutes), except the dashboard refresh, floored at 1 s by the
 * workspace schema (Prometheus scrapes no faster), which makes up the rest with more panels.
 */
export const DAY_PACE = {
  /** The shipped dashboard's refresh. */
  refreshMs: 5_000,
  /** A fault injected (then cleared) every 24 minutes: two or three an hour on a stress day. */
  faultEveryMs: 24 * 60_000,
  /** An operator moves to another view every two minutes. */
  viewEveryMs: 2 * 60_000,
  /** A terminal opened, used and closed every 12 minutes. */
  terminalEveryMs: 12 * 60_000,
  /** A note every 8 minutes, a snapshot every 24, an issue every 48. */
  noteEveryMs: 8 * 60_000,
  snapshotEveryMs: 24 * 60_000,
  issueEveryMs: 48 * 60_000,
  /** A quick fix or checklist run every 48 minutes. */
  runbookEveryMs: 48 * 60_000,
} as const;
