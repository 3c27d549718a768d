import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import type { SnapshotPanel } from '../../../shared/journalTypes';
import { panelUnitSchema } from '../../../shared/workspace/panelVocabulary';
import { chartColours, seriesColour } from '../../dashboard/chartTheme';
import { thresholdPlugin } from '../../dashboard/thresholdPlugin';
import { formatValue } from '../../dashboard/unitFormat';

/** A snapshot's chart is a record, not a live view: smaller than a dashboard panel's. */
const SNAPSHOT_PLOT_HEIGHT_PX = 140;
const SNAPSHOT_PLOT_MIN_WIDTH_PX = 320;

/** A frozen panel's series drawn as they were, with its targets' lines; nothing moves. */
export function SnapshotChart({ panel }: { panel: SnapshotPanel }) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = host.current;
    if (!element || panel.series.length === 0) return;
    const unit = panelUnitSchema.safeParse(panel.unit);
    const { text, grid, target } = chartColours(element);
    const axis = { stroke: text, grid: { stroke: grid, width: 1 }, ticks: { stroke: grid, width: 1 } };
    // Series of a snapshot need not share their times: uPlot.join aligns them, with gaps.
    const data = uPlot.join(
      panel.series.map((series) => [
        series.points.map(([time]) => time / 1000),
        series.points.map(([, value]) => value),
      ]),
    );
    const lines = (panel.thresholds ?? []).flatMap((threshold) =>
      threshold.value === undefined ? [] : [{ value: threshold.value, label: threshold.target }],
    );
    const plot = new uPlot(
      {
        width: Math.max(element.clientWidth, SNAPSHOT_PLOT_MIN_WIDTH_PX),
        height: SNAPSHOT_PLOT_HEIGHT_PX,
        legend: { show: false },
        cursor: { show: false },
        series: [
          {},
          ...panel.series.map((series, index) => ({
            label: series.name,
            stroke: seriesColour(index),
            width: 1.5,
          })),
        ],
        axes: [
          axis,
          {
            ...axis,
            size: 72,
            values: (_plot, splits) =>
              splits.map((value) => (unit.success ? formatValue(value, unit.data, null) : String(value))),
          },
        ],
        plugins: [thresholdPlugin(lines, target)],
      },
      data,
      element,
    );
    element.dataset.points = String(panel.series.reduce((sum, series) => sum + series.points.length, 0));
    return () => plot.destroy();
  }, [panel]);
  if (panel.series.length === 0) return null;
  return <div ref={host} className="snapshot-chart" data-testid="snapshot-chart" />;
}
