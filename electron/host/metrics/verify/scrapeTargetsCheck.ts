import type { VerifyCheck } from '../../../../shared/verifyTypes';
import type { PrometheusClient } from '../prometheus/prometheusClient';
import { failureDetail } from './failureDetail';

const CHECK = 'Scrape targets up';

/** Check 5: every active scrape target is up; those that are not are named with their last error. */
export async function scrapeTargetsCheck(
  client: Pick<PrometheusClient, 'targets'> | null,
  skipReason: string,
): Promise<VerifyCheck> {
  if (!client) return { check: CHECK, status: 'skip', detail: skipReason };
  try {
    const { activeTargets } = (await client.targets()).data;
    if (activeTargets.length === 0)
      return { check: CHECK, status: 'fail', detail: 'no active scrape target' };
    const notUp = activeTargets.filter((target) => target.health !== 'up');
    if (notUp.length > 0) {
      const detail = notUp.map(
        (target) =>
          `${target.scrapePool} ${target.scrapeUrl}: ${target.health}${target.lastError ? ` (${target.lastError})` : ''}`,
      );
      return { check: CHECK, status: 'fail', detail: detail.join('\n') };
    }
    const count = activeTargets.length;
    return { check: CHECK, status: 'pass', detail: `${count} ${count === 1 ? 'target' : 'targets'} up` };
  } catch (error) {
    return { check: CHECK, status: 'fail', detail: failureDetail(error) };
  }
}
