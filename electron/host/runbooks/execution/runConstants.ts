/** Timings and sizes of the runbook executor, each with its reason. */

/** Lines of a step's output shown under it in the runbook view; the whole output is in Terminals. */
export const OUTPUT_TAIL_LINES = 40;

/** A running step's inline output is sent at most this often: a chatty command must not flood the view. */
export const OUTPUT_TAIL_INTERVAL_MS = 250;

/** A named step's output kept as a variable; past this it is cut, and the step says so. */
export const MAX_STEP_OUTPUT_VARIABLE_CHARS = 64 * 1024;

/** Finished runs a host keeps in memory for runs.list; older ones are in the journal's history. */
export const MAX_FINISHED_RUNS_KEPT = 20;

/** Runs shown in a runbook's history. */
export const RUN_HISTORY_LIMIT = 50;
