/**
 * What can go wrong asking Prometheus, in three kinds a poller treats differently: nothing answers
 * (an outage: every panel is affected), Prometheus refuses one request (that panel's problem), or
 * something answers that is not a usable Prometheus answer (wrong credentials, a proxy's page).
 * No message carries credentials: the URLs named are the client's base URL, which has none.
 */

/** Prometheus answered with its own error: a bad PromQL expression, a query that timed out in it. */
export class PrometheusQueryError extends Error {
  override readonly name = 'PrometheusQueryError';
  constructor(
    /** Prometheus's errorType: bad_data, execution, timeout, canceled, internal, unavailable, not_found. */
    readonly errorType: string,
    /** Prometheus's own words, e.g. the parser's message. */
    readonly prometheusError: string,
    readonly status: number,
    readonly endpoint: string,
  ) {
    super(`Prometheus refused ${endpoint} (${errorType}): ${prometheusError}`);
  }
}

/** Nothing usable answered: connection refused, DNS failure, connection reset, or the timeout passed. */
export class PrometheusUnreachableError extends Error {
  override readonly name = 'PrometheusUnreachableError';
  constructor(
    readonly baseUrl: string,
    /** The cause in words: "connection refused", "no answer within 2000 ms", … */
    readonly reason: string,
  ) {
    super(`Prometheus at ${baseUrl} is unreachable: ${reason}`);
  }
}

/** Something answered, but not as Prometheus does: an unexpected status or body. */
export class PrometheusResponseError extends Error {
  override readonly name = 'PrometheusResponseError';
  constructor(
    message: string,
    /** The HTTP status, 200 for a success whose body made no sense. */
    readonly status: number,
    readonly endpoint: string,
  ) {
    super(message);
  }
}
