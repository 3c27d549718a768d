import { MAX_COHORTS } from './loadConstants';
import { type LoadProfile, profileSeconds } from './loadProfile';

export type LoadPhase = 'ramp-up' | 'hold' | 'ramp-down' | 'done';

/** Where in the profile a run is after `elapsed` seconds. */
export function phaseAt(profile: LoadProfile, elapsed: number): LoadPhase {
  if (elapsed >= profileSeconds(profile)) return 'done';
  if (elapsed < profile.rampUpSeconds) return 'ramp-up';
  if (elapsed < profile.rampUpSeconds + profile.holdSeconds) return 'hold';
  return 'ramp-down';
}

/**
 * The virtual users the profile wants after `elapsed` seconds: rising linearly from one to
 * `vus` over the ramp up, `vus` in the hold, falling linearly to one over the ramp down, then none.
 */
export function vusAt(profile: LoadProfile, elapsed: number): number {
  const { vus, rampUpSeconds, rampDownSeconds } = profile;
  switch (phaseAt(profile, elapsed)) {
    case 'ramp-up':
      return Math.max(1, Math.ceil((vus * elapsed) / rampUpSeconds));
    case 'hold':
      return vus;
    case 'ramp-down': {
      const left = profileSeconds(profile) - elapsed;
      return Math.max(1, Math.ceil((vus * left) / rampDownSeconds));
    }
    case 'done':
      return 0;
  }
}

/**
 * The cohorts a profile's VUs move in, largest first: at most MAX_COHORTS of them, so each is one
 * autocannon instance. With `vus` up to MAX_COHORTS every cohort is one VU.
 */
export function cohortSizes(vus: number): number[] {
  const size = Math.ceil(vus / MAX_COHORTS);
  const sizes: number[] = [];
  for (let left = vus; left > 0; left -= size) sizes.push(Math.min(size, left));
  return sizes;
}

/** How many of the cohorts to run so that at least `wanted` VUs are running. */
export function cohortsFor(sizes: readonly number[], wanted: number): number {
  let running = 0;
  let count = 0;
  while (running < wanted && count < sizes.length) running += sizes[count++] ?? 0;
  return count;
}
