import { useStore } from 'zustand';
import { selectDashboard } from '../state/dashboard/dashboardWorkspaceStore';
import { DashboardRows } from './dashboard/DashboardRows';
import { DatasourceBanner } from './dashboard/DatasourceBanner';
import { useDashboard } from './dashboard/dashboardHooks';
import { ImportGrafanaButton } from './dashboard/ImportGrafanaButton';
import { NoDashboard } from './dashboard/NoDashboard';
import { NotificationsButton } from './dashboard/NotificationsButton';
import { TimeRangeControls } from './dashboard/TimeRangeControls';
import { VerifyButton } from './dashboard/VerifyButton';
import { WorkspaceProblemsBanner } from './dashboard/WorkspaceProblemsBanner';
import { ErrorNotice } from './journal/ErrorNotice';

/** The workspace's dashboard, live: panels against their targets, alerts, health, the day's markers. */
export function DashboardView() {
  const { workspace, status, range } = useDashboard();
  const loaded = useStore(workspace, (state) => state.workspace !== null);
  const dashboard = useStore(workspace, selectDashboard);
  const file = useStore(workspace, (state) => state.workspace?.file ?? null);
  const environment = useStore(status, (state) => state.status?.environment ?? null);
  const loadError = useStore(workspace, (state) => state.error ?? null);
  const rangeError = useStore(range, (state) => state.error);
  return (
    <section
      className="view dashboard-view"
      aria-labelledby="view-title-dashboard"
      data-testid="dashboard-view"
    >
      <header className="dash-header">
        <h1 id="view-title-dashboard">{dashboard?.title ?? 'Dashboard'}</h1>
        {environment && <span className="dash-muted">environment {environment}</span>}
        {dashboard && (
          <div className="dash-toolbar">
            <TimeRangeControls />
            <VerifyButton />
            <ImportGrafanaButton />
            <NotificationsButton />
          </div>
        )}
      </header>
      <div className="dash-body">
        <WorkspaceProblemsBanner />
        <DatasourceBanner />
        <ErrorNotice
          message={loadError}
          onDismiss={() => workspace.getState().dismissError()}
          testId="dashboard-error"
        />
        <ErrorNotice
          message={rangeError}
          onDismiss={() => range.getState().dismissError()}
          testId="range-error"
        />
        {!loaded ? (
          <p className="dash-muted">Asking the host for the workspace’s dashboard…</p>
        ) : dashboard === null ? (
          <NoDashboard file={file} />
        ) : (
          <DashboardRows dashboard={dashboard} />
        )}
      </div>
    </section>
  );
}
