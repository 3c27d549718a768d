import { useStore } from 'zustand';
import { clockTime } from '../../journal/timeFormat';
import { useDashboard } from './dashboardHooks';

/** Where the panels' data comes from, said only when it is not answering. */
export function DatasourceBanner() {
  const status = useStore(useDashboard().status, (state) => state.status);
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
  if (datasource.state === 'none' && environment !== null) {
    return (
      <div className="dash-banner" data-testid="datasource-none">
        The environment {environment} has no Prometheus: give it <code>prometheus.url</code> in warroom.yaml.
      </div>
    );
  }
  return null;
}
