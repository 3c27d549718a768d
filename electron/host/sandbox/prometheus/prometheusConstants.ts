/** The managed Prometheus's numbers, each with its reason. */

/** Every second: a drill's panels and alerts must move while people watch. */
export const SCRAPE_INTERVAL = '1s';

/** Rules are evaluated as often as targets are scraped, so a shortened `for` is not rounded up. */
export const EVALUATION_INTERVAL = '1s';

/** A rehearsal lasts an afternoon; older samples only fill the disk of a laptop. */
export const TSDB_RETENTION = '2h';

/** How long Prometheus may take to answer /-/ready: it replays an empty TSDB in well under a second. */
export const READY_TIMEOUT_MS = 15_000;

/** How often /-/ready is asked while Prometheus starts. */
export const READY_POLL_INTERVAL_MS = 100;

/** How long a SIGTERMed Prometheus may take to flush its head block before it is SIGKILLed. */
export const STOP_TIMEOUT_MS = 10_000;

/** Seconds the wrapper gives Prometheus after the host is gone before it SIGKILLs it (same reason). */
export const ORPHAN_KILL_AFTER_SECONDS = 10;

/** Lines of Prometheus's stderr kept to explain a failed start: its fatal error is in the last few. */
export const STDERR_TAIL_LINES = 20;

/** The rule windows' floor once shortened: ten scrapes, enough for rate() to be steady. */
export const MIN_RULE_WINDOW_MS = 10_000;

/** Where a user gets the binary when it is not on PATH. */
export const INSTALL_HINT =
  'install it with `sudo apt-get install prometheus` (Debian/Ubuntu), `brew install prometheus` (macOS), ' +
  'or download it from https://prometheus.io/download/ and put it on PATH';
