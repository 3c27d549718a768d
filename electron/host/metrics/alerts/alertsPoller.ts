import type { AlertsStatus } from '../../../../shared/dashboardTypes';
import type { PrometheusAlert } from '../prometheus/prometheusSchemas';
import { type AlertEvent, AlertsTracker } from './alertsTracker';

export interface AlertsPollerOptions {
  intervalMs: number;
  fetchAlerts(): Promise<readonly PrometheusAlert[]>;
  record(event: AlertEvent): void;
  onChange(status: AlertsStatus): void;
}

/** Polls Prometheus's alerts for the alerts panel; firing and resolving are journaled once each. */
export class AlertsPoller {
  private readonly tracker = new AlertsTracker();
  private status: AlertsStatus = { alerts: [], criticalFiring: 0, checkedAt: null, problem: null };
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(private readonly options: AlertsPollerOptions) {}

  current(): AlertsStatus {
    return this.status;
  }

  start(): void {
    void this.round();
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
  }

  private async round(): Promise<void> {
    const now = Date.now();
    try {
      const { list, events } = this.tracker.observe(now, await this.options.fetchAlerts());
      if (this.stopped) return;
      for (const event of events) this.options.record(event);
      const criticalFiring = list.filter(
        (alert) => alert.state === 'firing' && alert.severity === 'critical',
      ).length;
      this.status = { alerts: list, criticalFiring, checkedAt: now, problem: null };
    } catch (error) {
      if (this.stopped) return;
      // The list stays as last seen: an outage is no reason to think the alerts stopped.
      this.status = { ...this.status, problem: error instanceof Error ? error.message : String(error) };
    }
    this.options.onChange(this.status);
    this.timer = setTimeout(() => void this.round(), this.options.intervalMs);
  }
}
