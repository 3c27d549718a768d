/** The dashboard poller's numbers, each with its reason. */

/**
 * How much history the host holds per query for live charts: the 5 m, 15 m and 1 h ranges are
 * drawn from it; longer ones ask Prometheus (dashboard.range). At a 1 s refresh, 3 600 points.
 */
export const LIVE_WINDOW_SECONDS = 3600;

/** dashboard.range's most points per series: a chart is under 2 000 pixels wide. */
export const RANGE_MAX_POINTS = 1000;

/** After the data source fails, the first readiness probe waits this long; each next one twice as long. */
export const OUTAGE_FIRST_RETRY_MS = 500;
