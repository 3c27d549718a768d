import type { VerifyCheck } from '../../../../shared/verifyTypes';
import type { Panel } from '../../../../shared/workspace/workspaceTypes';
import type { PrometheusClient } from '../prometheus/prometheusClient';
import type { QueryResult } from '../prometheus/prometheusSchemas';
import { failureDetail } from './failureDetail';

/**
 * Check 3: every timeseries panel's queries parse and return data, as one instant query each.
 * A row per panel; a failure names each query that failed, with Prometheus's own error, or says
 * it returned no series. With no client (Prometheus not ready) every row is skipped.
 */
export async function panelQueryChecks(
  client: Pick<PrometheusClient, 'query'> | null,
  panels: readonly Panel[],
  skipReason: string,
): Promise<VerifyCheck[]> {
  const charted = panels.filter((panel) => panel.type === 'timeseries');
  if (charted.length === 0) {
    return [{ check: 'Panel queries', status: 'skip', detail: 'the dashboard has no timeseries panels' }];
  }
  return Promise.all(
    charted.map(async (panel): Promise<VerifyCheck> => {
      const check = `Panel ${panel.id} queries`;
      if (!client) return { check, status: 'skip', detail: skipReason };
      const problems = await Promise.all(panel.queries.map(({ expr }) => queryProblem(client, expr)));
      const failed = problems.filter((problem) => problem !== null);
      if (failed.length > 0) return { check, status: 'fail', detail: failed.join('\n') };
      const count = panel.queries.length;
      return {
        check,
        status: 'pass',
        detail: `${count} ${count === 1 ? 'query returns' : 'queries return'} data`,
      };
    }),
  );
}

/** Why one query does not do for a chart, naming it; null when it returns data. */
async function queryProblem(client: Pick<PrometheusClient, 'query'>, expr: string): Promise<string | null> {
  try {
    const answer = await client.query(expr);
    return hasData(answer.data) ? null : `query ${expr}: returned no series`;
  } catch (error) {
    return `query ${expr}: ${failureDetail(error)}`;
  }
}

/** A vector or matrix with no series is nothing to chart; a scalar or string is a value. */
function hasData(result: QueryResult): boolean {
  return result.resultType === 'scalar' || result.resultType === 'string' || result.result.length > 0;
}
