import uPlot from 'uplot';
import type { Panel } from '../../shared/workspace/workspaceTypes';
import { ChartLegend } from './chartLegend';
import { chartColours, seriesColour } from './chartTheme';
import type { FrameScheduler, FrameTask } from './frameScheduler';
import type { DashboardMarker } from './markerSelection';
import { markersPlugin } from './markersPlugin';
import type { PanelColumns } from './panelColumns';
import type { DashboardSeriesStore } from './seriesStore';
import { seriesSummary } from './seriesSummary';
import { panelTargets, type ThresholdLine, thresholdPlugin } from './thresholdPlugin';
import type { ViewWindow } from './timeRanges';
import { formatValue } from './unitFormat';

/** Every chart of the dashboard shares this cursor: hovering one shows the same time on all. */
export const CHART_SYNC_KEY = 'warroom-dashboard';

/** Tall enough to read a trend from across a room, short enough for three rows on a laptop. */
const PLOT_HEIGHT_PX = 170;
/** Drawn without a GPU, a 1.5 px line costs 8 to 10 times a 1 px one (bench/panels). */
const SERIES_LINE_PX = 1;
/** Room for the widest axis label ("1023 KiB", "999 req/s"). */
const Y_AXIS_SIZE_PX = 72;

export interface PanelChartOptions {
  /** The chart's own element: the plot and the legend go inside. */
  element: HTMLElement;
  panel: Panel;
  /** The dashed lines to draw; the panel's query targets when not given. */
  lines?: readonly ThresholdLine[];
  series: DashboardSeriesStore;
  scheduler: FrameScheduler;
  /** The x-axis to show, read on each draw. */
  window(): ViewWindow;
  markers(): readonly DashboardMarker[];
  /** What else redraws the chart besides its data: the markers, the range, pause. */
  changes: readonly ((redraw: () => void) => () => void)[];
}

/**
 * One timeseries panel's uPlot chart, driven imperatively: its data, markers and window changes
 * ask the frame scheduler for a draw, and each draw hands uPlot the panel's columns once.
 */
export class PanelChart implements FrameTask {
  private readonly plotElement = document.createElement('div');
  private readonly legend: ChartLegend;
  private readonly colours;
  private plot: uPlot | null = null;
  private shownColumns: PanelColumns | null = null;
  private shownLayout = -1;
  /** uPlot's y columns, reused between draws: NaN becomes null (a gap), which uPlot needs. */
  private readonly yColumns: (number | null)[][] = [];
  private visible = true;
  private readonly stops: (() => void)[] = [];

  constructor(private readonly options: PanelChartOptions) {
    const { element, panel, series, scheduler } = options;
    this.colours = chartColours(element);
    this.legend = new ChartLegend(panel);
    this.plotElement.className = 'chart-plot';
    element.append(this.plotElement, this.legend.element);
    const redraw = () => scheduler.request(this);
    this.stops.push(series.subscribe(panel.id, redraw), ...options.changes.map((change) => change(redraw)));
    const resize = new ResizeObserver(() => {
      this.plot?.setSize(this.size());
      redraw();
    });
    resize.observe(this.plotElement);
    const visibility = new IntersectionObserver(([entry]) => {
      this.visible = entry?.isIntersecting ?? true;
      if (this.visible) redraw();
    });
    visibility.observe(element);
    this.stops.push(
      () => resize.disconnect(),
      () => visibility.disconnect(),
    );
    redraw();
  }

  isVisible(): boolean {
    return this.visible;
  }

  draw(): void {
    const columns = this.options.series.columns(this.options.panel.id);
    const shown = this.options.window();
    const rebuild =
      !this.plot || columns !== this.shownColumns || (columns?.layout ?? -1) !== this.shownLayout;
    if (rebuild) this.yColumns.length = 0;
    const { data, points } = this.fill(columns);
    if (rebuild) this.rebuild(columns, data);
    const plot = this.plot;
    if (!plot) return;
    plot.batch(() => {
      if (!rebuild) plot.setData(data, false);
      plot.setScale('x', { min: shown.min, max: shown.max });
    });
    const times = columns?.times ?? new Float64Array(0);
    this.legend.update(
      (columns?.series ?? []).map((_, index) =>
        seriesSummary(times, columns?.values(index) ?? times, shown.min, shown.max),
      ),
    );
    const { dataset } = this.options.element;
    dataset.series = String(columns?.series.length ?? 0);
    dataset.points = String(points);
  }

  dispose(): void {
    this.options.scheduler.forget(this);
    for (const stop of this.stops) stop();
    this.plot?.destroy();
    this.plot = null;
    this.options.element.replaceChildren();
  }

  /**
   * The column store's typed arrays as uPlot takes them: x shared, y copied into reused arrays;
   * `points` counts the values drawn (for tests and the curious, on the element's data-points).
   */
  private fill(columns: PanelColumns | null): { data: uPlot.AlignedData; points: number } {
    if (!columns) return { data: [[]], points: 0 };
    const count = columns.length;
    let points = 0;
    columns.series.forEach((_, index) => {
      const source = columns.values(index);
      const target = this.yColumns[index] ?? [];
      this.yColumns[index] = target;
      target.length = count;
      for (let i = 0; i < count; i++) {
        const value = source[i] ?? Number.NaN;
        if (Number.isNaN(value)) target[i] = null;
        else {
          target[i] = value;
          points += 1;
        }
      }
    });
    this.yColumns.length = columns.series.length;
    return { data: [columns.times, ...this.yColumns] as uPlot.AlignedData, points };
  }

  /** A new uPlot for a new set of series (uPlot's series are fixed at creation). */
  private rebuild(columns: PanelColumns | null, data: uPlot.AlignedData): void {
    this.plot?.destroy();
    this.shownColumns = columns;
    this.shownLayout = columns?.layout ?? -1;
    const series = (columns?.series ?? []).map((one, index) => ({
      name: one.name,
      colour: seriesColour(index),
    }));
    this.legend.rebuild(series);
    this.plot = new uPlot(this.plotOptions(series), data, this.plotElement);
    this.options.element.dataset.layout = String(this.shownLayout);
  }

  private plotOptions(series: readonly { name: string; colour: string }[]): uPlot.Options {
    const { panel, markers } = this.options;
    const { text, grid, target } = this.colours;
    const targets = this.options.lines ?? panelTargets(panel);
    const axis = { stroke: text, grid: { stroke: grid, width: 1 }, ticks: { stroke: grid, width: 1 } };
    return {
      ...this.size(),
      legend: { show: false },
      cursor: { sync: { key: CHART_SYNC_KEY }, drag: { x: false, y: false } },
      scales: {
        x: { time: true, auto: false },
        y: { range: (_u, min, max) => yRange(min, max, targets) },
      },
      axes: [
        {
          ...axis,
          values: (_u, splits, _axis, _space, increment) => splits.map((value) => axisTime(value, increment)),
        },
        {
          ...axis,
          size: Y_AXIS_SIZE_PX,
          values: (_u, splits) => splits.map((value) => formatValue(value, panel.unit, null)),
        },
      ],
      series: [
        {},
        ...series.map(({ name, colour }) => ({
          label: name,
          stroke: colour,
          width: SERIES_LINE_PX,
          points: { show: false },
        })),
      ],
      plugins: [
        thresholdPlugin(targets, target),
        markersPlugin(markers, this.colours.markers, (count) => {
          this.options.element.dataset.markers = String(count);
        }),
      ],
    };
  }

  private size(): { width: number; height: number } {
    return { width: Math.max(100, this.plotElement.clientWidth), height: PLOT_HEIGHT_PX };
  }
}

/** Formatters built once: building an Intl formatter costs far more than using one. */
const minuteFormat = new Intl.DateTimeFormat(undefined, {
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
const secondFormat = new Intl.DateTimeFormat(undefined, {
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** An x-axis tick on the 24-hour clock, with seconds only when ticks are less than a minute apart. */
function axisTime(seconds: number, increment: number): string {
  return (increment < 60 ? secondFormat : minuteFormat).format(seconds * 1000);
}

/** The y-axis: the data and every target, padded; from zero up for values that never go negative. */
function yRange(
  dataMin: number | null,
  dataMax: number | null,
  targets: readonly { value: number }[],
): uPlot.Range.MinMax {
  const values = [dataMin, dataMax, ...targets.map((one) => one.value)].filter(
    (value): value is number => value !== null && Number.isFinite(value),
  );
  if (values.length === 0) return [0, 1];
  const low = Math.min(...values);
  const high = Math.max(...values);
  const [min, max] = uPlot.rangeNum(low, high === low ? low + 1 : high, 0.1, true);
  return [low >= 0 ? Math.max(0, min ?? 0) : min, max];
}
