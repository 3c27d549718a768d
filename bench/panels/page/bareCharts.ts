import uPlot from 'uplot';
import type { PanelsLayout } from '../pageContract';
import type { PanelSink } from './panelSink';
import type { FeedChunk } from './seriesFeed';

/** Four distinct strokes, one per series, as any chart would have. */
const SERIES_COLOURS = ['#4e9af1', '#f1a54e', '#5fd38d', '#e35d6a'];

/** Axis labels readable on the page's dark background, as any themed chart would set. */
const AXIS_STROKE = '#aab6c3';

/** The dashboard's plot height (PLOT_HEIGHT_PX in renderer/dashboard/panelChart.ts), so both draw as many pixels. */
const CHART_HEIGHT_PX = 170;

/** One chart's columns as uPlot takes them: times, then one array per series. */
type Columns = [number[], ...number[][]];

/**
 * The baseline: bare uPlot charts, one per grid cell, with nothing around them. Each append
 * pushes the new points, drops as many of the oldest, and hands the chart its data once.
 */
export function mountBareCharts(grid: HTMLElement, layout: PanelsLayout, history: FeedChunk): PanelSink {
  grid.className = 'bare-grid';
  const charts = Array.from({ length: layout.panels }, (_, panel) => {
    const cell = document.createElement('div');
    grid.appendChild(cell);
    const columns: Columns = [[...history.times], ...(history.values[panel] ?? []).map((s) => [...s])];
    const chart = new uPlot(
      {
        width: cell.clientWidth,
        height: CHART_HEIGHT_PX,
        legend: { show: false },
        axes: [{ stroke: AXIS_STROKE }, { stroke: AXIS_STROKE }],
        series: [
          {},
          ...Array.from({ length: layout.seriesPerPanel }, (_, series) => ({
            label: `series ${series + 1}`,
            stroke: SERIES_COLOURS[series % SERIES_COLOURS.length],
            width: 1,
          })),
        ],
      },
      columns,
      cell,
    );
    return { chart, columns };
  });
  return {
    charts: charts.map(({ chart }) => chart.root),
    append(chunk) {
      charts.forEach(({ chart, columns }, panel) => {
        const [times, ...series] = columns;
        times.push(...chunk.times);
        series.forEach((values, index) => {
          values.push(...(chunk.values[panel]?.[index] ?? []));
        });
        const excess = times.length - layout.windowPoints;
        if (excess > 0) for (const column of columns) column.splice(0, excess);
        chart.setData(columns);
      });
    },
    // setData draws before the task that called it ends.
    drawn: () => Promise.resolve(),
    shownPoints: () =>
      charts.map(({ columns }) => columns.slice(1).reduce((sum, column) => sum + column.length, 0)),
  };
}
