/** The k6 REST client's and poller's numbers and words, each with its reason or source. */

/** k6 answers its REST API from memory in milliseconds; two seconds without an answer means it is stuck. */
export const REQUEST_TIMEOUT_MS = 2_000;

/** How often the k6 bar asks for the status: once a second is live enough to watch a pause take effect. */
export const STATUS_POLL_INTERVAL_MS = 1_000;

/** The longest wait between retries while k6's API is unusable: a k6 that comes back shows within 10 s. */
export const MAX_RETRY_BACKOFF_MS = 10_000;

/** Characters of a foreign answer quoted in an error: enough to recognise an HTML page, one journal line. */
export const BODY_EXCERPT_CHARS = 160;

/** How often k6's metrics are read for the bar: its summary figures move slowly, its status is what is watched. */
export const METRICS_POLL_INTERVAL_MS = 5_000;
