import type { VerifyCheck } from '../../../../shared/verifyTypes';
import type { PrometheusClient } from '../prometheus/prometheusClient';
import { failureDetail } from './failureDetail';

const CHECK = 'Alert rules loaded';

/** Check 4: Prometheus has at least one alerting rule loaded and no rule failing to evaluate. */
export async function alertRulesCheck(
  client: Pick<PrometheusClient, 'rules'> | null,
  skipReason: string,
): Promise<VerifyCheck> {
  if (!client) return { check: CHECK, status: 'skip', detail: skipReason };
  try {
    const { groups } = (await client.rules()).data;
    const rules = groups.flatMap((group) => group.rules);
    const failing = rules.filter((rule) => rule.health === 'err');
    if (failing.length > 0) {
      const detail = failing.map((rule) => `${rule.name}: ${rule.lastError ?? 'health err, no error given'}`);
      return { check: CHECK, status: 'fail', detail: detail.join('\n') };
    }
    const alerting = rules.filter((rule) => rule.type === 'alerting').length;
    if (alerting === 0) return { check: CHECK, status: 'fail', detail: 'no alerting rule is loaded' };
    const inGroups = `${groups.length} ${groups.length === 1 ? 'group' : 'groups'}`;
    return { check: CHECK, status: 'pass', detail: `${alerting} alerting rules in ${inGroups}` };
  } catch (error) {
    return { check: CHECK, status: 'fail', detail: failureDetail(error) };
  }
}
