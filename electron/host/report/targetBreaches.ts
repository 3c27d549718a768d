import type { JournalEvent } from '../../../shared/journalTypes';
import type { TargetBreach } from '../../../shared/report/reportModel';
import type { PanelTarget } from './panelTargets';
import { isThresholdEvent, targetOf } from './panelTargets';
import { numberField } from './payloadFields';

/** A target's breaches: each threshold.breached with the threshold.recovered that ended it, if any. */
export function targetBreaches(target: PanelTarget, events: readonly JournalEvent[]): TargetBreach[] {
  const breaches: TargetBreach[] = [];
  let open: TargetBreach | null = null;
  for (const event of events) {
    if (!isThresholdEvent(event)) continue;
    const about = targetOf(event);
    if (about.panelId !== target.panelId || about.queryIndex !== target.queryIndex) continue;
    if (event.kind === 'threshold.breached') {
      open = {
        breachedAtMs: event.time,
        missingSinceMs: numberField(event.payload, 'missingSince'),
        valueAtBreach: numberField(event.payload, 'value'),
        recoveredAtMs: null,
        worstValue: null,
        lastedMs: null,
        evidence: [event.seq],
      };
      breaches.push(open);
    } else if (open) {
      open.recoveredAtMs = event.time;
      open.worstValue = numberField(event.payload, 'worstValue');
      open.lastedMs = numberField(event.payload, 'lastedMs');
      open.evidence.push(event.seq);
      open = null;
    }
  }
  return breaches;
}
