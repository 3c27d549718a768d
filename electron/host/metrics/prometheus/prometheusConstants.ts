/** The Prometheus client's numbers, each with its reason or source. */

/**
 * How long one request may take when the caller names no timeout: warroom.yaml's default for an
 * environment's `prometheus.timeout` (shared/workspace/environmentSchema.ts); a range query that
 * takes longer means Prometheus is in trouble.
 */
export const DEFAULT_TIMEOUT_MS = 10_000;

/**
 * The most points one range query may return per series. Prometheus refuses more with "exceeded
 * maximum resolution of 11,000 points per timeseries" (web/api/v1/api.go, queryRange: it rejects
 * `end - start > 11000 × step`); keeping each request within 11 000 points stays under that.
 */
export const MAX_POINTS_PER_RANGE_QUERY = 11_000;

/**
 * Characters of an unexpected body quoted in an error: enough to recognise a proxy's HTML page or
 * a login form, short enough for one line of the journal.
 */
export const BODY_EXCERPT_CHARS = 160;

/** Prometheus sends sample values as strings; these three are its spellings of what JSON lacks. */
export const SPECIAL_SAMPLE_VALUES: Readonly<Record<string, number>> = {
  NaN: Number.NaN,
  '+Inf': Number.POSITIVE_INFINITY,
  '-Inf': Number.NEGATIVE_INFINITY,
};
