import type { JournalEvent } from '../../../shared/journalTypes';
import type { Judgement } from './criterionResult';
import { recordField, stringField } from './payloadFields';

/** Prometheus's alert severity label that makes an alert block go-live. */
const CRITICAL = 'critical';

/**
 * No critical alert fired: failed on any alert.firing whose severity (the alert's `severity`
 * label, see metrics/alerts/alertsTracker.ts) is critical. Without one, passed only when the day
 * shows alerts were watched (an alert event, or a snapshot holding the alerts panel's counts);
 * needs judgement when Prometheus was unreachable at times (an alert could have been missed);
 * else no data.
 */
export function noCriticalAlert(
  events: readonly JournalEvent[],
  alertsSnapshotEvidence: number[],
): Judgement {
  const critical = events.filter((event) => event.kind === 'alert.firing' && severityOf(event) === CRITICAL);
  if (critical.length > 0) {
    const names = [...new Set(critical.map((event) => stringField(event.payload, 'name') ?? event.subject))];
    return {
      status: 'failed',
      reason: `${critical.length} critical alert(s) fired: ${names.join(', ')}`,
      evidence: critical.map((event) => event.seq),
    };
  }
  const outages = events.filter((event) => event.kind === 'datasource.down');
  if (outages.length > 0) {
    return {
      status: 'needs-judgement',
      reason: `no critical alert was seen, but Prometheus was unreachable ${outages.length} time(s)`,
      evidence: outages.map((event) => event.seq),
    };
  }
  const watched = [
    ...events.filter((event) => event.kind.startsWith('alert.')).map((event) => event.seq),
    ...alertsSnapshotEvidence,
  ].sort((a, b) => a - b);
  if (watched.length === 0) {
    return { status: 'no-data', reason: 'nothing recorded shows the alerts were watched', evidence: [] };
  }
  return {
    status: 'passed',
    reason: 'no critical alert fired while the alerts were watched',
    evidence: watched,
  };
}

function severityOf(event: JournalEvent): string | null {
  const labels = recordField(event.payload, 'labels');
  return stringField(event.payload, 'severity') ?? (labels ? stringField(labels, 'severity') : null);
}
