import type { VerifyCheck } from '../../../../shared/verifyTypes';
import type { Environment } from '../../../../shared/workspace/workspaceTypes';
import { datasourceCredentials, type SecretLookup } from '../dashboard/datasourceCredentials';
import { PrometheusClient } from '../prometheus/prometheusClient';
import { failureDetail } from './failureDetail';

const CHECK = 'Prometheus ready';

/** Check 2: the environment's Prometheus answers /-/ready; the client for checks 3–5 when it does. */
export async function prometheusReadyCheck(
  environment: Environment,
  secret: SecretLookup,
  timeoutMs: number | undefined,
): Promise<{ check: VerifyCheck; client: PrometheusClient | null }> {
  const { prometheus } = environment;
  if (!prometheus) return failed(`environment ${environment.name} has no prometheus.url`);
  const credentials = datasourceCredentials(environment, secret);
  if (!credentials.ok) return failed(`${prometheus.url}: ${credentials.problem}`);
  try {
    const client = new PrometheusClient({
      baseUrl: prometheus.url,
      timeoutMs: timeoutMs ?? prometheus.timeoutMs,
      auth: credentials.auth,
    });
    const readiness = await client.ready();
    if (!readiness.ready) return failed(readiness.reason);
    return { check: { check: CHECK, status: 'pass', detail: client.baseUrl }, client };
  } catch (error) {
    return failed(failureDetail(error));
  }
}

function failed(detail: string): { check: VerifyCheck; client: null } {
  return { check: { check: CHECK, status: 'fail', detail }, client: null };
}
