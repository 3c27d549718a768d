import type { AlertStatus } from '../../../../shared/dashboardTypes';
import type { PrometheusAlert } from '../prometheus/prometheusSchemas';
import { seriesKey } from '../prometheus/seriesKey';

/** An alert starting to fire, or ceasing to, as the journal records it. */
export interface AlertEvent {
  kind: 'alert.firing' | 'alert.resolved';
  subject: string;
  /** The alert's labels (its `severity` among them), value and summary. */
  payload: Record<string, unknown>;
}

/**
 * Turns each answer of /api/v1/alerts into the alerts panel's list and the journal's events:
 * an alert (name and labels) is journaled once when it fires and once when it stops firing.
 */
export class AlertsTracker {
  /** Firing alerts by identity, with when this tracker first saw them fire. */
  private readonly firing = new Map<string, { alert: AlertStatus; since: number }>();

  observe(now: number, alerts: readonly PrometheusAlert[]): { list: AlertStatus[]; events: AlertEvent[] } {
    const list = alerts.map(toStatus).sort(byStateThenName);
    const events: AlertEvent[] = [];
    const stillFiring = new Set<string>();
    for (const alert of list) {
      if (alert.state !== 'firing') continue;
      const key = seriesKey(alert.labels);
      stillFiring.add(key);
      if (this.firing.has(key)) continue;
      this.firing.set(key, { alert, since: now });
      events.push({
        kind: 'alert.firing',
        subject: `Alert ${alert.name} firing${alert.summary ? `: ${alert.summary}` : ''}`,
        payload: { ...alert, labels: { ...alert.labels } },
      });
    }
    for (const [key, { alert, since }] of this.firing) {
      if (stillFiring.has(key)) continue;
      this.firing.delete(key);
      events.push({
        kind: 'alert.resolved',
        subject: `Alert ${alert.name} resolved after ${Math.round((now - since) / 1000)} s`,
        payload: { name: alert.name, labels: { ...alert.labels }, firingSince: since, lastedMs: now - since },
      });
    }
    return { list, events };
  }
}

function toStatus(alert: PrometheusAlert): AlertStatus {
  return {
    name: alert.labels.alertname ?? 'unnamed alert',
    state: alert.state,
    severity: alert.labels.severity ?? null,
    summary: alert.annotations.summary ?? alert.annotations.description ?? null,
    activeAt: alert.activeAt === null ? null : alert.activeAt * 1000,
    value: Number.isFinite(alert.value) ? alert.value : null,
    labels: { ...alert.labels },
  };
}

/** Firing before pending, then by name: the panel's order. */
function byStateThenName(a: AlertStatus, b: AlertStatus): number {
  return a.state === b.state ? a.name.localeCompare(b.name) : a.state === 'firing' ? -1 : 1;
}
