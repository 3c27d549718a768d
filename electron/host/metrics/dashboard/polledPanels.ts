import type { Environment, Panel } from '../../../../shared/workspace/workspaceTypes';
import { k6PrometheusPanel } from '../../k6/prometheus/k6PrometheusPanel';

/** The dashboard's panels as shown, k6 panels reading k6's remote-write metrics turned into their PromQL. */
export function shownPanels(panels: readonly Panel[], environment: Environment | null): Panel[] {
  return panels.map((panel) =>
    panel.k6?.source === 'prometheus' ? k6PrometheusPanel(panel, environment?.k6 ?? null) : panel,
  );
}

/** The panels Prometheus answers for: all but the k6 panels fed from k6's JSON output. */
export function polledPanels(shown: readonly Panel[]): Panel[] {
  return shown.filter((panel) => panel.k6 === null);
}
