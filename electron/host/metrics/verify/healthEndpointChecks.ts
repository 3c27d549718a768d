import type { VerifyCheck } from '../../../../shared/verifyTypes';
import type { HealthEndpoint } from '../../../../shared/workspace/workspaceTypes';
import { checkHealthEndpoint } from '../health/healthPoller';

/**
 * Check 6: each health endpoint answers UP, as the health panel reads it. DOWN, DEGRADED,
 * UNREACHABLE (or a status it cannot read) fail with the reason and the dependencies not UP.
 */
export function healthEndpointChecks(
  endpoints: readonly HealthEndpoint[],
  timeoutMs: number | undefined,
): Promise<VerifyCheck[]> {
  if (endpoints.length === 0) {
    return Promise.resolve([
      { check: 'Health endpoints', status: 'skip', detail: 'the environment lists no health endpoints' },
    ]);
  }
  return Promise.all(
    endpoints.map(async ({ name, url }): Promise<VerifyCheck> => {
      const check = `Health ${name}`;
      const answer = await checkHealthEndpoint(url, timeoutMs);
      if (!answer.reachable)
        return { check, status: 'fail', detail: `${url}: UNREACHABLE, ${answer.problem}` };
      if (answer.status === 'UP') return { check, status: 'pass', detail: `${url}: UP` };
      const downstream = answer.dependencies
        .filter((dependency) => dependency.status !== 'UP')
        .map((dependency) => `${dependency.name} ${dependency.status}`);
      const reasons = [answer.problem, ...downstream].filter((reason) => reason !== null);
      return { check, status: 'fail', detail: `${url}: ${answer.status}, ${reasons.join(', ')}` };
    }),
  );
}
