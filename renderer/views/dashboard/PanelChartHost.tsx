import { useEffect, useRef } from 'react';
import type { Panel } from '../../../shared/workspace/workspaceTypes';
import { useServices } from '../../app/servicesContext';
import { currentWindow } from '../../dashboard/currentWindow';
import { PanelChart } from '../../dashboard/panelChart';
import type { ThresholdLine } from '../../dashboard/thresholdPlugin';

/**
 * Where a panel's uPlot chart lives. React only mounts it: the chart follows its data, the
 * markers and the range by itself, so no refresh re-renders this component. `lines` (a k6 panel's,
 * from its status) rebuild the chart when they change, which is rare: the thresholds are few and fixed.
 */
export function PanelChartHost({ panel, lines }: { panel: Panel; lines?: readonly ThresholdLine[] }) {
  const element = useRef<HTMLElement>(null);
  const { dashboard, journal } = useServices();
  useEffect(() => {
    if (!element.current) return;
    const { range, markers, series, scheduler } = dashboard;
    const chart = new PanelChart({
      element: element.current,
      panel,
      lines,
      series,
      scheduler,
      window: () => currentWindow(range, journal.day, Date.now()),
      markers: () => markers.getState().markers,
      changes: [(redraw) => markers.subscribe(redraw), (redraw) => range.subscribe(redraw)],
    });
    return () => chart.dispose();
  }, [panel, lines, dashboard, journal]);
  return (
    <figure
      ref={element}
      className="panel-chart"
      aria-label={`${panel.title}: chart and legend`}
      data-testid="panel-chart"
      data-panel-id={panel.id}
    />
  );
}
