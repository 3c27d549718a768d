import type { ReportRun } from '../../../shared/report/reportModel';
import type { Judgement } from './criterionResult';

/**
 * Every fault-injection drill recovered within its deadline: judged on each drill run's recovery
 * (see drillRecovery.ts). Failed when one missed or did not finish; needs judgement when one
 * passed with no recovery probe to time it; no data when no drill was run.
 */
export function drillsRecovered(runs: readonly ReportRun[]): Judgement {
  const drills = runs.filter((run) => run.recovery !== null);
  if (drills.length === 0) return { status: 'no-data', reason: 'no drill was run', evidence: [] };
  const evidence = drills.flatMap((run) => run.recovery?.evidence ?? []).sort((a, b) => a - b);
  const describe = (verdicts: string[]) =>
    drills
      .filter((run) => verdicts.includes(run.recovery?.verdict ?? ''))
      .map((run) => `${run.title} (${run.recovery?.reason})`);
  const missed = describe(['missed', 'unfinished']);
  if (missed.length > 0) {
    return { status: 'failed', reason: `drill(s) did not recover in time: ${missed.join('; ')}`, evidence };
  }
  const untimed = describe(['no-deadline']);
  if (untimed.length > 0) {
    return {
      status: 'needs-judgement',
      reason: `drill(s) with no deadline checked: ${untimed.join('; ')}`,
      evidence,
    };
  }
  return {
    status: 'passed',
    reason: `all ${drills.length} drill run(s) recovered within their deadline`,
    evidence,
  };
}
