import type { DashboardStatus, PanelData } from '../../../../shared/dashboardTypes';
import type { SnapshotContent, SnapshotPanel } from '../../../../shared/journalTypes';
import { describeTarget } from '../../../../shared/targetTypes';
import type { Panel } from '../../../../shared/workspace/workspaceTypes';

/** How much of each series a snapshot keeps: the quarter hour that led up to the moment. */
export const SNAPSHOT_WINDOW_SECONDS = 15 * 60;

/**
 * Freezes the dashboard for the journal: each timeseries panel's last quarter hour (times in
 * ms, like the journal's), its latest values and its targets' states; the alerts panel's counts
 * and the health panel's endpoints (1 for UP, else 0).
 */
export function panelSnapshot(
  panels: readonly Panel[],
  status: DashboardStatus,
  live: readonly PanelData[],
  now: number,
): SnapshotContent {
  const since = now / 1000 - SNAPSHOT_WINDOW_SECONDS;
  const frozen = panels.map((panel): SnapshotPanel => {
    if (panel.type === 'alerts') return alertsPanel(panel, status);
    if (panel.type === 'health') return healthPanel(panel, status);
    const data = live.find((one) => one.panelId === panel.id);
    const panelStatus = status.panels.find((one) => one.panelId === panel.id);
    const series = (data?.series ?? []).map((one) => ({
      name: one.name,
      points: one.times.flatMap((time, index): [number, number][] => {
        const value = one.values[index];
        return time >= since && value !== null && value !== undefined ? [[time * 1000, value]] : [];
      }),
    }));
    return {
      title: panel.title,
      unit: panel.unit,
      series,
      values: Object.fromEntries(series.map((one) => [one.name, one.points.at(-1)?.[1] ?? null])),
      thresholds: [
        ...(panelStatus?.targets ?? []).map((target) => ({
          target: `${panel.queries[target.queryIndex]?.legend ?? panel.title} ${describeTarget(target)}`,
          state: target.state === 'no-data' ? ('unknown' as const) : target.state,
          value: target.value,
        })),
        ...(panelStatus?.k6Thresholds ?? []).map((threshold) => ({
          target: threshold.key,
          state: threshold.verdict === 'failed' ? ('breached' as const) : ('ok' as const),
          ...(threshold.line === null ? {} : { value: threshold.line }),
        })),
      ],
    };
  });
  return { takenAt: now, note: noteFor(panels, status), panels: frozen };
}

function alertsPanel(panel: Panel, status: DashboardStatus): SnapshotPanel {
  const { alerts } = status;
  const count = (state: 'firing' | 'pending') =>
    alerts.alerts.filter((alert) => alert.state === state).length;
  return {
    title: panel.title,
    unit: 'alerts',
    series: [],
    values: { 'critical firing': alerts.criticalFiring, firing: count('firing'), pending: count('pending') },
  };
}

function healthPanel(panel: Panel, status: DashboardStatus): SnapshotPanel {
  return {
    title: panel.title,
    unit: 'up',
    series: [],
    values: Object.fromEntries(
      status.health.map((endpoint) => [endpoint.name, endpoint.status === 'UP' ? 1 : 0]),
    ),
  };
}

/** Why a snapshot holds less than it seems to, when it does. */
function noteFor(panels: readonly Panel[], status: DashboardStatus): string | undefined {
  if (panels.length === 0) return 'The workspace has no dashboard, so this snapshot holds no series.';
  const { datasource } = status;
  if (datasource.state === 'down') {
    return `Prometheus was unreachable since ${new Date(datasource.since).toISOString()} (${datasource.problem ?? 'no answer'}): the panels hold their last data.`;
  }
  if (datasource.state === 'none') return 'The environment has no Prometheus, so the panels hold no series.';
  return undefined;
}
