/** Timings of the sandbox supervisor, each with its reason. */

/** After a crash, the service comes back this much later by default, as an orchestrator's restart would. */
export const DEFAULT_RESTART_DELAY_MS = 5_000;

/** A service that has not said it listens by then failed to start (port taken, bad build). */
export const SERVICE_START_TIMEOUT_MS = 15_000;

/** After SIGTERM, a service that still runs this long later is killed outright. */
export const SERVICE_STOP_TIMEOUT_MS = 3_000;
