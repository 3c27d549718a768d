import { PrometheusQueryError } from '../prometheus/prometheusErrors';

/**
 * A failed request in a check's detail: Prometheus's refusal in its own words ("bad_data: 1:14:
 * parse error: …"), anything else by its message (which names Prometheus's URL, never credentials).
 */
export function failureDetail(error: unknown): string {
  if (error instanceof PrometheusQueryError) return `${error.errorType}: ${error.prometheusError}`;
  return error instanceof Error ? error.message : String(error);
}
