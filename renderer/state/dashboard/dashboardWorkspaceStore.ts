import { createStore } from 'zustand/vanilla';
import type { WorkspaceStatus } from '../../../shared/workspace/workspaceStatusSchema';
import type { Dashboard, Panel, WorkspaceProblem } from '../../../shared/workspace/workspaceTypes';
import { type DashboardAccess, dashboardFailureMessage } from './dashboardAccess';

/** The workspace's dashboard definition (the last good one) and what is wrong with the file now. */
export interface DashboardWorkspaceState {
  /** null until the host has answered. */
  workspace: WorkspaceStatus | null;
  error: string | null;
  /** Takes a workspace.status answer or a workspace.changed event. */
  apply(workspace: WorkspaceStatus): void;
  refresh(): Promise<void>;
  dismissError(): void;
}

export type DashboardWorkspaceStore = ReturnType<typeof createDashboardWorkspaceStore>;

export function createDashboardWorkspaceStore({ api }: DashboardAccess) {
  return createStore<DashboardWorkspaceState>()((set) => ({
    workspace: null,
    error: null,
    apply: (workspace) => set({ workspace, error: null }),
    refresh: async () => {
      try {
        set({ workspace: await api.workspace.status({}), error: null });
      } catch (error) {
        set({ error: dashboardFailureMessage('load the workspace’s dashboard', error) });
      }
    },
    dismissError: () => set({ error: null }),
  }));
}

export const selectDashboard = (state: DashboardWorkspaceState): Dashboard | null =>
  state.workspace?.dashboard ?? null;

const NO_PROBLEMS: readonly WorkspaceProblem[] = [];
export const selectWorkspaceProblems = (state: DashboardWorkspaceState): readonly WorkspaceProblem[] =>
  state.workspace?.problems ?? NO_PROBLEMS;

/** Whether any panel asks Prometheus: health panels and k6 panels fed from k6's output need none. */
export const selectNeedsPrometheus = (state: DashboardWorkspaceState): boolean =>
  (selectDashboard(state)?.panels ?? []).some(
    (panel) => panel.type === 'timeseries' || panel.type === 'alerts' || panel.k6?.source === 'prometheus',
  );

/** The chart panels (k6 panels included), whose ids and queries decide what data the host sends. */
export function chartPanels(dashboard: Dashboard | null): Panel[] {
  return dashboard?.panels.filter((panel) => panel.type === 'timeseries' || panel.type === 'k6') ?? [];
}

/** What the host's pollers depend on: when it changes, the host restarts them and the data starts over. */
export function dataSignature(dashboard: Dashboard | null): string {
  return JSON.stringify(
    chartPanels(dashboard).map((panel) => [
      panel.id,
      panel.refreshMs,
      panel.queries.map((q) => q.expr),
      panel.k6,
    ]),
  );
}
