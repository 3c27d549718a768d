import '../../../renderer/styles/theme.css';
import '../../../renderer/styles/views.css';
import '../../../renderer/styles/dashboard.css';
import { createRoot } from 'react-dom/client';
import { createAppServices } from '../../../renderer/app/appServices';
import { ServicesProvider } from '../../../renderer/app/servicesContext';
import { startDashboardSync } from '../../../renderer/dashboard/dashboardSync';
import { DashboardRows } from '../../../renderer/views/dashboard/DashboardRows';
import type { PanelsLayout } from '../pageContract';
import { benchDashboard, panelDeltas, quietStatus } from './benchDashboard';
import { BenchHost } from './benchHost';
import { DrawWatch } from './drawWatch';
import type { PanelSink } from './panelSink';
import type { FeedChunk } from './seriesFeed';

/** The live range that holds the whole one-hour window (the default shows 15 minutes of it). */
const WHOLE_WINDOW_RANGE = '1h';

/**
 * The console's own dashboard panels: the app's services, its dashboard sync listening to a
 * bench host, and its DashboardRows rendering every panel. Data arrives as the host's
 * `dashboard.live` answer, then as `dashboard.data` events, exactly as in the app.
 */
export async function mountWarroomPanels(
  root: HTMLElement,
  layout: PanelsLayout,
  history: FeedChunk,
): Promise<PanelSink> {
  const dashboard = benchDashboard(layout);
  const host = new BenchHost(() => panelDeltas(history, layout.windowPoints));
  const services = createAppServices(host.connection, null);
  startDashboardSync({
    host: host.connection,
    dashboard: services.dashboard,
    day: services.journal.day,
    settings: services.settings,
  });
  host.emit('dashboard.status', quietStatus(dashboard, Date.now()));
  // As an operator picking "1 h": the sync refetches the live window, here the bench's history.
  services.dashboard.range.getState().setRange(WHOLE_WINDOW_RANGE);

  const watch = new DrawWatch(root, layout.panels);
  createRoot(root).render(
    <ServicesProvider value={services}>
      <div className="dashboard-view">
        <DashboardRows dashboard={dashboard} />
      </div>
    </ServicesProvider>,
  );
  await watch.showing(layout.windowPoints * layout.seriesPerPanel);
  return {
    get charts() {
      return watch.charts;
    },
    append(chunk) {
      watch.reset();
      for (const data of panelDeltas(chunk, layout.windowPoints)) host.emit('dashboard.data', data);
    },
    drawn: () => watch.drawn(),
    shownPoints: () => watch.charts.map((chart) => Number(chart.dataset.points)),
  };
}
