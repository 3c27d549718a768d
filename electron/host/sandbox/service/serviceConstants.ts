/** The sandbox service's numbers, each with its reason. */

/**
 * Latency buckets in seconds, dense around the default dashboard's 300 ms P95 target so that
 * histogram_quantile can tell 250 ms from 350 ms.
 */
export const LATENCY_BUCKETS_SECONDS = [
  0.005, 0.01, 0.025, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.75, 1, 2.5, 5,
];

/** How often the WebSocket endpoint pings each client, as a chat or feed server would. */
export const WEBSOCKET_PING_INTERVAL_MS = 5_000;

/** The largest request body the service reads; its routes take small JSON. */
export const MAX_BODY_BYTES = 64 * 1024;

/** The one password that logs in: a load test's users all share it, any other is an auth failure. */
export const SANDBOX_PASSWORD = 'rehearsal';

/** The service's version, as /health reports it. */
export const SERVICE_VERSION = '1.0.0-sandbox';
