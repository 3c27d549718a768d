import { useStore } from 'zustand';
import { useShallow } from 'zustand/shallow';
import type { Panel } from '../../../shared/workspace/workspaceTypes';
import { selectPanelStatus } from '../../state/dashboard/dashboardStatusStore';
import { useDashboard } from './dashboardHooks';
import { NotificationBell } from './NotificationBell';
import { PanelChartHost } from './PanelChartHost';
import { PanelFrame } from './PanelFrame';
import { PanelStateBadge } from './PanelStateBadge';

/** A chart panel: its state against its targets, its own query error and warnings, and the chart. */
export function TimeseriesPanel({ panel }: { panel: Panel }) {
  const { error, warnings } = useStore(
    useDashboard().status,
    useShallow((state) => {
      const status = selectPanelStatus(state, panel.id);
      return { error: status?.error ?? null, warnings: status?.warnings.join('\n') ?? '' };
    }),
  );
  const hasTargets = panel.queries.some((query) => query.target !== null);
  return (
    <PanelFrame
      panel={panel}
      fedByPrometheus
      controls={
        <>
          <PanelStateBadge panelId={panel.id} />
          {hasTargets && <NotificationBell panel={panel} />}
        </>
      }
    >
      {error && (
        <p
          className="dash-panel-error"
          role="alert"
          data-testid="panel-error"
          data-error-type={error.errorType}
        >
          <strong>{error.errorType}</strong>: {error.message}
        </p>
      )}
      {warnings && (
        <ul className="dash-panel-warnings" aria-label="Prometheus warnings" data-testid="panel-warnings">
          {warnings.split('\n').map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      )}
      <PanelChartHost panel={panel} />
    </PanelFrame>
  );
}
