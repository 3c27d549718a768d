/** Timings of the terminal service, each with its reason. */

/**
 * node-pty waits at most 200 ms after its child exits for the pty to drain, then destroys it.
 * While our reader is paused nothing drains, so a paused terminal checks this often whether
 * its process is gone and resumes reading in time.
 */
export const PAUSED_EXIT_POLL_MS = 20;

/** A client that drops (network blip, page reload) gets this long to come back to its terminals. */
export const DISCONNECT_GRACE_MS = 30_000;

/** After SIGHUP, a process that still runs this long later is killed outright. */
export const KILL_ESCALATION_MS = 2_000;

/** How many terminals one host keeps at once; each is a process and a replay buffer. */
export const MAX_TERMINALS = 64;

/** Ended runbook-step terminals kept for reading; older ones are closed as new steps start. */
export const MAX_KEPT_STEP_TERMINALS = 16;

/** A step's pty size until someone attaches and resizes it: wide enough for kubectl's tables. */
export const STEP_TERMINAL_SIZE = { cols: 160, rows: 40 } as const;
