/** The load generator's numbers, each with its reason. */

/** The most virtual users a profile may ask for: beyond this a laptop measures itself, not the sandbox. */
export const MAX_VUS = 500;

/** The longest a profile may run, ramps included: a rehearsal is minutes, never an unattended soak. */
export const MAX_TOTAL_SECONDS = 30 * 60;

/** A virtual user's default pace: a user scrolling a feed app makes a few requests a second. */
export const DEFAULT_VU_REQUESTS_PER_SECOND = 5;

/** The fastest a virtual user may go: faster is a benchmark, which bench/sandbox already does. */
export const MAX_VU_REQUESTS_PER_SECOND = 100;

/**
 * The most autocannon instances alive at once, so VUs move in cohorts of ceil(vus / MAX_COHORTS)
 * rather than one instance per VU: each instance has its own timers and sampling loop.
 */
export const MAX_COHORTS = 20;

/** How often VUs are adjusted and progress reported: the UI's and CLI's refresh rate. */
export const PROGRESS_INTERVAL_MS = 1_000;

/** Autocannon checks its stop flag once per sample interval; short so that stop() is prompt. */
export const COHORT_SAMPLE_INTERVAL_MS = 200;

/** How long a stopped cohort gets to close its connections before it is abandoned. */
export const COHORT_STOP_GRACE_MS = 1_000;

/** Past the profile's end, when the run is ended whatever autocannon is doing. */
export const DEADLINE_GRACE_MS = 3_000;

/** How long the target gets to accept the first connection before the run is refused. */
export const TARGET_PROBE_TIMEOUT_MS = 2_000;

/** A request unanswered this long counts as an error: far past any P95 a rehearsal shows. */
export const REQUEST_TIMEOUT_SECONDS = 10;
