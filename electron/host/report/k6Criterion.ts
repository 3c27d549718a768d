import type { JournalEvent } from '../../../shared/journalTypes';
import type { K6Section } from '../../../shared/report/reportK6';
import type { Judgement } from './criterionResult';

/**
 * Every k6 threshold passed. The latest k6.summary is k6's verdict: failed when it says a threshold
 * failed, or when a live k6.threshold.failed after it was not recovered; passed when it judged at
 * least one threshold and all held. Without a summary, live events alone: failed when a threshold's
 * last event is a failure, else needs judgement (no end-of-test verdict). No k6 data, or a summary
 * with no threshold: no data, never passed.
 */
export function everyK6ThresholdPassed(k6: K6Section, events: readonly JournalEvent[]): Judgement {
  const { latest } = k6;
  const since = latest ? Math.max(...latest.evidence) : 0;
  const later = k6.thresholdEvents.filter((event) => Math.max(...event.evidence) > since);
  const stillFailing = [...lastPerKey(later).values()].filter((event) => event.kind === 'failed');
  const failedLive = stillFailing.map((event) => event.key);
  if (latest) {
    const failed = latest.thresholds.filter((one) => !one.ok);
    if (failed.length > 0 || latest.thresholdsFailed > 0 || failedLive.length > 0) {
      const names = [...failed.map((one) => `${one.metric}: ${one.expression}`), ...failedLive];
      return {
        status: 'failed',
        reason: `${names.length || latest.thresholdsFailed} k6 threshold(s) failed${names.length ? `: ${names.join(', ')}` : ''}`,
        evidence: [...latest.evidence, ...stillFailing.flatMap((event) => event.evidence)],
      };
    }
    if (latest.thresholds.length === 0) {
      return { status: 'no-data', reason: 'the k6 summary judged no threshold', evidence: latest.evidence };
    }
    return {
      status: 'passed',
      reason: `all ${latest.thresholds.length} k6 threshold(s) passed in the summary of ${latest.source}`,
      evidence: latest.evidence,
    };
  }
  if (failedLive.length > 0) {
    return {
      status: 'failed',
      reason: `k6 threshold(s) failing with no recovery: ${failedLive.join(', ')}`,
      evidence: stillFailing.flatMap((event) => event.evidence),
    };
  }
  if (k6.thresholdEvents.length > 0) {
    return {
      status: 'needs-judgement',
      reason: 'no k6 summary was recorded; the live threshold events end with every threshold holding',
      evidence: k6.thresholdEvents.flatMap((event) => event.evidence),
    };
  }
  const k6Seen = events.filter((event) => event.kind.startsWith('k6.')).map((event) => event.seq);
  return { status: 'no-data', reason: 'no k6 summary or threshold was recorded', evidence: k6Seen };
}

function lastPerKey(events: K6Section['thresholdEvents']) {
  const last = new Map<string, K6Section['thresholdEvents'][number]>();
  for (const event of events) last.set(event.key, event);
  return last;
}
