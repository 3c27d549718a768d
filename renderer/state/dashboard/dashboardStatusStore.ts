import { createStore } from 'zustand/vanilla';
import type { DashboardStatus, PanelStatus } from '../../../shared/dashboardTypes';
import { type DashboardAccess, dashboardFailureMessage } from './dashboardAccess';

/** The dashboard's status as the host last sent it, and when this console saw each panel's state begin. */
export interface DashboardStatusState {
  status: DashboardStatus | null;
  /**
   * Per panel, when its current state began as this console knows it: the host gives `since` only
   * for pending and breached targets, so ok and no-data count from the refresh that first showed them.
   */
  stateSince: Readonly<Record<string, number>>;
  error: string | null;
  /** Takes a status; returns the one it replaces. */
  apply(status: DashboardStatus): DashboardStatus | null;
  /** Asks the host for the whole status; resolves to the previous and the new one, or null on failure. */
  refresh(): Promise<{ previous: DashboardStatus | null; next: DashboardStatus } | null>;
}

export type DashboardStatusStore = ReturnType<typeof createDashboardStatusStore>;

export function createDashboardStatusStore({ api }: DashboardAccess, now: () => number = Date.now) {
  return createStore<DashboardStatusState>()((set, get) => {
    const apply = (next: DashboardStatus): DashboardStatus | null => {
      const { status: previous, stateSince } = get();
      const before = new Map(previous?.panels.map((panel) => [panel.panelId, panel.state]));
      const since: Record<string, number> = {};
      for (const panel of next.panels) {
        const known = stateSince[panel.panelId];
        const unchanged = before.has(panel.panelId) && before.get(panel.panelId) === panel.state;
        since[panel.panelId] = unchanged && known !== undefined ? known : (panel.updatedAt ?? now());
      }
      set({ status: next, stateSince: since, error: null });
      return previous;
    };
    return {
      status: null,
      stateSince: {},
      error: null,
      apply,
      refresh: async () => {
        try {
          const next = await api.dashboard.status({});
          return { previous: apply(next), next };
        } catch (error) {
          set({ error: dashboardFailureMessage('load the dashboard’s status', error) });
          return null;
        }
      },
    };
  });
}

export function selectPanelStatus(state: DashboardStatusState, panelId: string): PanelStatus | null {
  return state.status?.panels.find((panel) => panel.panelId === panelId) ?? null;
}

/**
 * Since when the panel has been in its state: the earliest miss among its targets in that state
 * (the host's clock) while pending or breached, else when this console saw the state begin.
 */
export function panelStateSince(state: DashboardStatusState, panelId: string): number | null {
  const panel = selectPanelStatus(state, panelId);
  if (!panel) return null;
  const misses = panel.targets
    .filter((target) => target.state === panel.state && target.since !== null)
    .map((target) => target.since as number);
  if (panel.state === 'breached') {
    for (const threshold of panel.k6Thresholds ?? []) {
      if (threshold.verdict === 'failed' && threshold.since !== null) misses.push(threshold.since);
    }
  }
  if (misses.length > 0) return Math.min(...misses);
  return state.stateSince[panelId] ?? null;
}

/** When Prometheus became unreachable, while it is; null while it answers. */
export function selectOutageSince(state: DashboardStatusState): number | null {
  const datasource = state.status?.datasource;
  return datasource?.state === 'down' ? datasource.since : null;
}
