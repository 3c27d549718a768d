import { useStore } from 'zustand';
import { clockTime } from '../../journal/timeFormat';
import { selectNeedsPrometheus } from '../../state/dashboard/dashboardWorkspaceStore';
import { useDashboard } from './dashboardHooks';

/** Where the panels' data comes from, said only when it is not answering. */
export function DatasourceBanner() {
  const dashboard = useDashboard();
  const status = useStore(dashboard.status, (state) => state.status);
  const needsPrometheus = useStore(dashboard.workspace, selectNeedsPrometheus);
  if (!status) return null;
  const { datasource, environment } = status;
  if (datasource.state === 'down') {
    return (
      <div className="dash-banner dash-banner-problem" role="alert" data-testid="datasource-down">
        Prometheus{datasource.url ? ` at ${datasource.url}` : ''} unreachable since{' '}
        {clockTime(datasource.since)}
        {datasource.problem ? `: ${datasource.problem}` : ''}. The panels keep their last data.
      </div>
    );
  }
  if (datasource.state === 'none' && environment !== null && needsPrometheus) {
    return (
      <div className="dash-banner" data-testid="datasource-none">
        The environment {environment} has no Prometheus: give it <code>prometheus.url</code> in warroom.yaml.
      </div>
    );
  }
  return null;
}
