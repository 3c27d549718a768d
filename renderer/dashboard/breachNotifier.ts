import type { PanelStatus } from '../../shared/dashboardTypes';
import type { TargetComparator } from '../../shared/targetTypes';
import type { Panel } from '../../shared/workspace/workspaceTypes';
import { clockTime } from '../journal/timeFormat';
import type { ToastStore } from '../state/dashboard/toastStore';
import type { NotificationPort } from './notificationPort';
import { formatValue } from './unitFormat';

/** Raises a breach through the system's notifications when allowed, else as a toast in the console. */
export interface BreachNotifier {
  breached(panel: Panel, status: PanelStatus): void;
}

export function createBreachNotifier(port: NotificationPort, toasts: ToastStore): BreachNotifier {
  return {
    breached: (panel, status) => {
      const title = `${panel.title} breached its target`;
      const body = breachDescription(panel, status);
      if (port.permission() === 'granted') port.show(title, body, `warroom-breach-${panel.id}`);
      else toasts.getState().push(title, body);
    },
  };
}

/** "P95 < 300 ms for 4 s, breached since 14:03:27", one line per breached target or failed k6 threshold. */
export function breachDescription(panel: Panel, status: PanelStatus): string {
  const targets = status.targets
    .filter((target) => target.state === 'breached')
    .map((target) => {
      const query = panel.queries[target.queryIndex];
      const name = query?.legend ?? `query ${target.queryIndex + 1}`;
      const wanted = targetText(panel, target);
      const held = target.forMs > 0 ? ` for ${Math.round(target.forMs / 100) / 10} s` : '';
      const since = target.since === null ? '' : `, since ${clockTime(target.since)}`;
      return `${name}: wanted ${wanted}${held}${since}`;
    });
  // A k6 panel's breach is its failed k6 thresholds.
  const thresholds = (status.k6Thresholds ?? [])
    .filter((threshold) => threshold.verdict === 'failed')
    .map((threshold) => {
      const since = threshold.since === null ? '' : `, since ${clockTime(threshold.since)}`;
      return `k6 threshold ${threshold.key} failed${since}`;
    });
  return [...targets, ...thresholds].join('\n');
}

/** A target in the panel's unit, as its header and threshold line show it: "< 300 ms". */
export function targetText(panel: Panel, target: { comparator: TargetComparator; value: number }): string {
  return `${target.comparator} ${formatValue(target.value, panel.unit, panel.decimals)}`;
}
