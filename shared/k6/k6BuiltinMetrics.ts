import type { K6MetricType } from './k6Types';

/**
 * The metrics every k6 run emits (k6 docs, "Built-in metrics"), with their types: what a workspace
 * threshold on one of them may aggregate is known before any output is read.
 */
export const K6_BUILTIN_METRIC_TYPES: Readonly<Record<string, K6MetricType>> = {
  vus: 'gauge',
  vus_max: 'gauge',
  iterations: 'counter',
  iteration_duration: 'trend',
  dropped_iterations: 'counter',
  data_received: 'counter',
  data_sent: 'counter',
  checks: 'rate',
  http_reqs: 'counter',
  http_req_blocked: 'trend',
  http_req_connecting: 'trend',
  http_req_tls_handshaking: 'trend',
  http_req_sending: 'trend',
  http_req_waiting: 'trend',
  http_req_receiving: 'trend',
  http_req_duration: 'trend',
  http_req_failed: 'rate',
  group_duration: 'trend',
};
