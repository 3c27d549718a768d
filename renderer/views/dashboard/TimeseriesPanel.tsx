import type { Panel } from '../../../shared/workspace/workspaceTypes';
import { NotificationBell } from './NotificationBell';
import { PanelChartHost } from './PanelChartHost';
import { PanelFrame } from './PanelFrame';
import { PanelQueryProblems } from './PanelQueryProblems';
import { PanelStateBadge } from './PanelStateBadge';

/** A chart panel: its state against its targets, its own query error and warnings, and the chart. */
export function TimeseriesPanel({ panel }: { panel: Panel }) {
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
      <PanelQueryProblems panelId={panel.id} />
      <PanelChartHost panel={panel} />
    </PanelFrame>
  );
}
