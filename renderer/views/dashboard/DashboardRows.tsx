import type { Dashboard, Panel } from '../../../shared/workspace/workspaceTypes';
import { AlertsPanel } from './AlertsPanel';
import { HealthEndpointsPanel } from './HealthEndpointsPanel';
import { K6Bar } from './K6Bar';
import { K6Panel } from './K6Panel';
import { TimeseriesPanel } from './TimeseriesPanel';

/** k6's bar when the environment names k6, then the rows: each a titled, responsive grid of panels. */
export function DashboardRows({ dashboard }: { dashboard: Dashboard }) {
  return (
    <div className="dash-rows">
      <K6Bar />
      {dashboard.rows.map((row) => (
        <section key={row.title} className="dash-row" aria-label={row.title}>
          <h2 className="dash-row-title">{row.title}</h2>
          <div className="dash-grid">
            {row.panels.map((panel) => (
              <PanelByType key={panel.id} panel={panel} />
            ))}
          </div>
        </section>
      ))}
    </div>
  );
}

function PanelByType({ panel }: { panel: Panel }) {
  switch (panel.type) {
    case 'timeseries':
      return <TimeseriesPanel panel={panel} />;
    case 'alerts':
      return <AlertsPanel panel={panel} />;
    case 'health':
      return <HealthEndpointsPanel panel={panel} />;
    case 'k6':
      return <K6Panel panel={panel} />;
  }
}
