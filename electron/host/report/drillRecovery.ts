import type { JournalEvent } from '../../../shared/journalTypes';
import type { DrillRecovery, ReportRun } from '../../../shared/report/reportModel';
import { booleanField, numberField, stringField } from './payloadFields';

/**
 * Whether a drill recovered within its deadline, from its probe.result events and its outcome.
 * A drill's verdict is its `once` probes: each must pass within its `within` (the executor fails
 * the run when one misses, unless the probe says continueOnError). A `continuous` probe is
 * evidence watched during the drill, not the recovery check, so it does not decide here. The
 * recovery figure is the last `once` probe's (a drill checks recovery last).
 */
export function drillRecovery(outcome: ReportRun['outcome'], events: readonly JournalEvent[]): DrillRecovery {
  const probes = events.filter(
    (event) => event.kind === 'probe.result' && stringField(event.payload, 'mode') !== 'continuous',
  );
  const last = probes.at(-1);
  const deadlineMs = last ? numberField(last.payload, 'withinMs') : null;
  const lastPassed = last ? booleanField(last.payload, 'passed') === true : false;
  const recoveredInMs = last && lastPassed ? numberField(last.payload, 'elapsedMs') : null;
  const missed = probes.filter((event) => booleanField(event.payload, 'passed') !== true);
  const figures = { deadlineMs, recoveredInMs };
  if (missed.length > 0) {
    return {
      verdict: 'missed',
      ...figures,
      reason: missed.map((event) => event.subject).join('; '),
      evidence: missed.map((event) => event.seq),
    };
  }
  const finished = events.find((event) => event.kind === 'runbook.finished');
  if (outcome === 'unfinished' || outcome === 'running' || outcome === 'paused' || !finished) {
    return { verdict: 'unfinished', ...figures, reason: 'the drill has no end recorded', evidence: [] };
  }
  if (outcome !== 'passed') {
    const why = stringField(finished.payload, 'reason');
    return {
      verdict: 'missed',
      ...figures,
      reason: `the drill ${outcome}${why ? `: ${why}` : ''}`,
      evidence: [finished.seq],
    };
  }
  if (!last) {
    return {
      verdict: 'no-deadline',
      ...figures,
      reason: 'the drill passed but journaled no recovery probe, so no deadline was checked',
      evidence: [finished.seq],
    };
  }
  return {
    verdict: 'recovered',
    ...figures,
    reason: `its recovery check passed${recoveredInMs === null ? '' : ` in ${seconds(recoveredInMs)}`}${deadlineMs === null ? '' : ` (deadline ${seconds(deadlineMs)})`}`,
    evidence: [last.seq, finished.seq],
  };
}

function seconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(1))} s`;
}
