import type { TargetRow } from '../../../shared/report/reportModel';
import type { Judgement } from './criterionResult';

/** Queries whose target is on a 95th percentile: the legend or PromQL names 0.95 or p95. */
const P95_QUERY = /0\.95|p95/i;

/**
 * Whether a panel's targets held, from the target rows: failed on any breach during the day;
 * passed when none breached and the snapshots show the panel had data (polledEvidence); else no
 * data, since a panel nobody saw polled cannot vouch for anything.
 */
export function targetsHeld(
  rows: readonly TargetRow[],
  polledEvidence: readonly number[],
  what: string,
): Judgement {
  const breaches = rows.flatMap((row) => row.breaches.map((breach) => ({ row, breach })));
  if (breaches.length > 0) {
    const named = [...new Set(breaches.map(({ row }) => label(row)))];
    return {
      status: 'failed',
      reason: `${breaches.length} breach(es) of ${named.join(', ')}`,
      evidence: breaches.flatMap(({ breach }) => breach.evidence).sort((a, b) => a - b),
    };
  }
  const evidence = [...new Set([...polledEvidence, ...rows.flatMap((row) => row.achieved?.evidence ?? [])])];
  if (evidence.length === 0) {
    return { status: 'no-data', reason: `no snapshot shows ${what} had data`, evidence: [] };
  }
  return {
    status: 'passed',
    reason: `${what} never breached its target; ${evidence.length} snapshot(s) show it had data`,
    evidence: evidence.sort((a, b) => a - b),
  };
}

/**
 * P95 stayed under target at peak load. The P95 targets are the panel queries whose legend or
 * expression mentions 0.95 or p95 (histogram_quantile(0.95, …), k6_http_req_duration_p95). The
 * journal does not tie a breach to the load at that moment, so any breach of such a target during
 * the day fails it, peak or not; with no such target, no data.
 */
export function p95UnderTarget(
  rows: readonly TargetRow[],
  polledEvidenceOf: (panelId: string) => number[],
): Judgement {
  const p95Rows = rows.filter((row) => P95_QUERY.test(row.legend ?? '') || P95_QUERY.test(row.expr ?? ''));
  if (p95Rows.length === 0) {
    return { status: 'no-data', reason: 'no panel has a target on a P95 query', evidence: [] };
  }
  const polled = [...new Set(p95Rows.flatMap((row) => polledEvidenceOf(row.panelId)))];
  return targetsHeld(p95Rows, polled, p95Rows.map(label).join(', '));
}

function label(row: TargetRow): string {
  return `${row.panelTitle}${row.legend ? ` (${row.legend})` : ''} ${row.comparator} ${row.targetValue}`;
}
