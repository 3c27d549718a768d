/** The probe runner's numbers, each with its reason. */

/**
 * The most of an HTTP answer's body read: a health answer is a few KiB; anything past 1 MiB is a page
 * or a dump, and holding it would only cost memory on every check.
 */
export const MAX_BODY_BYTES = 1024 * 1024;

/**
 * The least time a check is given, and so how long before the deadline the last check starts:
 * less cannot get an answer from a server one network hop away, and would only report a timeout.
 */
export const MIN_CHECK_TIMEOUT_MS = 250;

/**
 * The most time one check is given, whatever its interval: an answer slower than the Prometheus
 * client's default timeout (10 s) is itself a failure to report, not something to wait for.
 */
export const MAX_CHECK_TIMEOUT_MS = 10_000;

/** Characters of a body or value quoted in an observation: enough to recognise it, one line long. */
export const OBSERVATION_EXCERPT_CHARS = 120;
