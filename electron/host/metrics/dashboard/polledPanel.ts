import type { TargetSpec } from '../../../../shared/targetTypes';

/** A dashboard panel as the poller needs it (the workspace's panel has more). */
export interface PolledPanel {
  id: string;
  title: string;
  type: 'timeseries' | 'alerts' | 'health';
  refreshMs: number;
  queries: readonly { expr: string; legend: string | null; target: TargetSpec | null }[];
}
