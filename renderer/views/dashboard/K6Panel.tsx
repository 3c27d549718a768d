import { useMemo } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/shallow';
import type { K6ThresholdStatus } from '../../../shared/k6StatusTypes';
import type { Panel } from '../../../shared/workspace/workspaceTypes';
import { panelStatusLines, type ThresholdLine } from '../../dashboard/thresholdPlugin';
import { selectPanelStatus } from '../../state/dashboard/dashboardStatusStore';
import { useDashboard } from './dashboardHooks';
import { K6ThresholdList } from './K6ThresholdList';
import { NotificationBell } from './NotificationBell';
import { PanelChartHost } from './PanelChartHost';
import { PanelFrame } from './PanelFrame';
import { PanelQueryProblems } from './PanelQueryProblems';
import { PanelStateBadge } from './PanelStateBadge';

const NO_THRESHOLDS: readonly K6ThresholdStatus[] = [];

/**
 * A k6 panel: one of k6's views as a chart, its thresholds drawn as lines and listed with their
 * verdicts under it. Fed from Prometheus (source: prometheus) it is a timeseries panel whose
 * lines are its targets, as the host judges them.
 */
export function K6Panel({ panel }: { panel: Panel }) {
  const { status } = useDashboard();
  const fromPrometheus = panel.k6?.source === 'prometheus';
  const { thresholds, judged } = useStore(
    status,
    useShallow((state) => {
      const panelStatus = selectPanelStatus(state, panel.id);
      return {
        thresholds: panelStatus?.k6Thresholds ?? NO_THRESHOLDS,
        judged: (panelStatus?.k6Thresholds?.length ?? 0) + (panelStatus?.targets.length ?? 0) > 0,
      };
    }),
  );
  // Compared as text: the status is replaced whole on every refresh, the lines rarely change.
  const linesText = useStore(status, (state) =>
    JSON.stringify(panelStatusLines(panel, selectPanelStatus(state, panel.id))),
  );
  const lines = useMemo(() => JSON.parse(linesText) as ThresholdLine[], [linesText]);
  return (
    <PanelFrame
      panel={panel}
      fedByPrometheus={fromPrometheus}
      controls={
        <>
          <PanelStateBadge panelId={panel.id} />
          {judged && <NotificationBell panel={panel} />}
        </>
      }
    >
      <PanelQueryProblems panelId={panel.id} />
      <PanelChartHost panel={panel} lines={lines} />
      <K6ThresholdList
        thresholds={thresholds}
        unitOf={() => panel.unit}
        label={`${panel.title}: k6 thresholds`}
      />
    </PanelFrame>
  );
}
