import { SYSTEM_ACTOR } from '../../electron/host/journal/journalConstants';
import { appendToDay } from '../../electron/host/journal/journalWrites';
import { AlertsTracker } from '../../electron/host/metrics/alerts/alertsTracker';
import { thresholdEvent } from '../../electron/host/metrics/dashboard/thresholdEvents';
import { TargetTracker } from '../../electron/host/metrics/targets/targetTracker';
import type { Panel } from '../../shared/workspace/workspaceTypes';
import { type DayShape, errorRateAt, latencyAt, POLL_MS, within } from './dayShape';
import type { PlanItem } from './planItem';

/** An alert fires once its condition has held this long (a rule's `for: 1m`). */
const ALERT_FOR_MS = 60_000;

/**
 * Every refresh of the day through the host's own target trackers and alerts tracker: the
 * threshold.breached/recovered and alert.firing/resolved events the pollers would journal.
 */
export function polledPlan(shape: DayShape, panels: readonly Panel[]): PlanItem[] {
  const targeted = panels.flatMap((panel) => {
    const target = panel.queries[0]?.target;
    const valueAt = panel.id === 'latency' ? latencyAt : panel.id === 'errors' ? errorRateAt : null;
    return target && valueAt ? [{ panel, target, valueAt, tracker: new TargetTracker(target) }] : [];
  });
  const alerts = new AlertsTracker();
  const items: PlanItem[] = [];
  const journal = (time: number, event: Parameters<typeof appendToDay>[0]) =>
    items.push({ time, events: 1, kind: 'inline', write: appendToDay({ ...event, time }) });
  for (let time = shape.start; time < shape.end; time += POLL_MS) {
    for (const { panel, target, valueAt, tracker } of targeted) {
      const transition = tracker.observe(time, [valueAt(shape, time)]);
      if (transition) journal(time, { ...thresholdEvent(panel, 0, target, transition), actor: SYSTEM_ACTOR });
    }
    const latencySpike = within(shape.latencySpikes, time);
    const errorSpike = within(shape.errorSpikes, time);
    const firing = [
      latencySpike && time - latencySpike.from >= ALERT_FOR_MS && alert('HighLatency', 'warning', time),
      errorSpike && time - errorSpike.from >= ALERT_FOR_MS && alert('CheckoutErrors', 'critical', time),
    ].filter((one) => one !== false && one !== undefined);
    for (const event of alerts.observe(time, firing).events) journal(time, { ...event, actor: SYSTEM_ACTOR });
  }
  return items;
}

function alert(name: string, severity: string, time: number) {
  return {
    labels: { alertname: name, severity, service: 'checkout' },
    annotations: { summary: `${name} is firing on checkout` },
    state: 'firing' as const,
    activeAt: time / 1000,
    value: 1,
  };
}
