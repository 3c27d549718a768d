import {
  PrometheusQueryError,
  PrometheusResponseError,
  PrometheusUnreachableError,
} from '../prometheus/prometheusErrors';
import type { FailureKind } from './liveQuery';

/**
 * Reads a failed Prometheus request as an outage (every panel) or one query's own problem. An
 * answer that is not Prometheus's (wrong credentials, a proxy's error page) stops every panel
 * alike, so it counts as an outage too.
 */
export function prometheusFailure(error: unknown): FailureKind {
  if (error instanceof PrometheusUnreachableError) return { kind: 'unreachable', problem: error.reason };
  if (error instanceof PrometheusQueryError) {
    return { kind: 'query', errorType: error.errorType, message: error.prometheusError };
  }
  if (error instanceof PrometheusResponseError)
    return { kind: 'query', errorType: 'response', message: error.message };
  return {
    kind: 'query',
    errorType: 'internal',
    message: error instanceof Error ? error.message : String(error),
  };
}
