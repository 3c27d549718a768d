import type { ChartLine, ChartMarker, ChartSeries } from '../../../../../../shared/report/reportCharts';
import { formatInUnit, formatTime, NO_DATA } from '../../reportFormat';
import { escapeHtml } from '../htmlEscape';
import { seriesColourClass } from './chartColours';
import { type Domain, linearScale, pixel, timeDomain, timeTicks, valueAxis } from './chartScales';
import { seriesPath } from './seriesPath';

/** A chart's size in SVG units and its margins (the axes' labels live in them). */
export interface ChartSize {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
  timeTicks: number;
  valueTicks: number;
}

export interface ChartInput {
  /** What the chart shows, for a screen reader. */
  label: string;
  unit: string | null;
  fromMs: number;
  toMs: number;
  series: readonly ChartSeries[];
  thresholds: readonly ChartLine[];
  markers: readonly ChartMarker[];
}

/** Kinds whose markers are drawn in the failed colour, and those in the recovered colour. */
const BAD_KINDS: ReadonlySet<string> = new Set([
  'threshold.breached',
  'alert.firing',
  'issue.opened',
  'service.down',
  'datasource.down',
  'k6.threshold.failed',
  'fault.set',
]);
const GOOD_KINDS: ReadonlySet<string> = new Set([
  'threshold.recovered',
  'alert.resolved',
  'issue.resolved',
  'service.up',
  'datasource.up',
  'k6.threshold.recovered',
  'fault.cleared',
]);

/** Half a clock label's width (`09:30` at 11 px): a tick closer than this to an edge is aligned inwards. */
const EDGE_LABEL_ROOM = 16;

/** A threshold's label sits above its line, or below it when the line is this close to the top. */
const LABEL_ROOM = 12;

/**
 * A line chart as inline SVG, drawn here so the report needs no script and no library: one path
 * per series, each target a dashed line with its label, each event a thin vertical line linking
 * to its timeline row, UTC clock times below, values in the panel's unit on the left. A chart
 * with no point says "no data" in an empty frame.
 */
export function chartSvg(input: ChartInput, size: ChartSize): string {
  const { width, height, left, right, top, bottom } = size;
  const plot = { left, right: width - right, top, bottom: height - bottom };
  const extent = valueExtent(input);
  const open = `<svg class="chart" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(input.label)}"`;
  if (extent.points === 0) {
    return [
      `${open} data-points="0">`,
      `<rect class="frame" x="${plot.left}" y="${plot.top}" width="${plot.right - plot.left}" height="${plot.bottom - plot.top}"/>`,
      `<text class="no-data" x="${pixel((plot.left + plot.right) / 2)}" y="${pixel((plot.top + plot.bottom) / 2)}" text-anchor="middle">${NO_DATA}</text>`,
      '</svg>',
    ].join('');
  }
  const time = timeDomain(input.fromMs, input.toMs);
  const values = valueAxis(extent.low, extent.high, size.valueTicks);
  const x = linearScale(time, plot.left, plot.right);
  const y = linearScale(values.domain, plot.bottom, plot.top);
  return [
    `${open} data-points="${extent.points}">`,
    `<rect class="frame" x="${plot.left}" y="${plot.top}" width="${plot.right - plot.left}" height="${plot.bottom - plot.top}"/>`,
    valueGrid(values.ticks, y, plot, input.unit),
    timeGrid(time, size.timeTicks, x, plot),
    markerLines(input.markers, time, x, plot),
    ...input.series.map((series, index) => {
      const d = seriesPath(series.points, x, y, time.max - time.min);
      return d === '' ? '' : `<path class="line ${seriesColourClass(index)}" d="${d}"/>`;
    }),
    thresholdLines(input.thresholds, y, plot, input.unit),
    '</svg>',
  ].join('');
}

function valueExtent(input: ChartInput): { low: number; high: number; points: number } {
  let low = Number.POSITIVE_INFINITY;
  let high = Number.NEGATIVE_INFINITY;
  let points = 0;
  for (const series of input.series) {
    for (const [, value] of series.points) {
      if (value < low) low = value;
      if (value > high) high = value;
    }
    points += series.points.length;
  }
  for (const line of input.thresholds) {
    if (line.value < low) low = line.value;
    if (line.value > high) high = line.value;
  }
  return { low, high, points };
}

interface Plot {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

function valueGrid(ticks: readonly number[], y: (value: number) => number, plot: Plot, unit: string | null) {
  return ticks
    .map((tick) => {
      const at = pixel(y(tick));
      return `<line class="grid" x1="${plot.left}" x2="${plot.right}" y1="${at}" y2="${at}"/><text class="tick" x="${plot.left - 4}" y="${pixel(at + 3.5)}" text-anchor="end">${escapeHtml(formatInUnit(tick, unit))}</text>`;
    })
    .join('');
}

function timeGrid(time: Domain, maxTicks: number, x: (atMs: number) => number, plot: Plot): string {
  return timeTicks(time, maxTicks)
    .map(({ atMs, label }) => {
      const at = pixel(x(atMs));
      // A label at either end of the axis is aligned inwards, so the chart's edge does not cut it.
      const anchor =
        at - plot.left < EDGE_LABEL_ROOM ? 'start' : plot.right - at < EDGE_LABEL_ROOM ? 'end' : 'middle';
      return `<line class="tick-mark" x1="${at}" x2="${at}" y1="${plot.bottom}" y2="${plot.bottom + 4}"/><text class="tick" x="${at}" y="${plot.bottom + 15}" text-anchor="${anchor}">${label}</text>`;
    })
    .join('');
}

function markerLines(markers: readonly ChartMarker[], time: Domain, x: (atMs: number) => number, plot: Plot) {
  const lines: string[] = [];
  for (const marker of markers) {
    if (marker.atMs < time.min || marker.atMs > time.max) continue;
    const at = pixel(x(marker.atMs));
    const tone = BAD_KINDS.has(marker.kind) ? 'bad' : GOOD_KINDS.has(marker.kind) ? 'good' : 'other';
    const title = `#${marker.seq} ${marker.kind} at ${formatTime(marker.atMs)}: ${marker.label}`;
    lines.push(
      `<a href="#seq-${marker.seq}"><line class="marker marker-${tone}" x1="${at}" x2="${at}" y1="${plot.top}" y2="${plot.bottom}"><title>${escapeHtml(title)}</title></line></a>`,
    );
  }
  return lines.join('');
}

function thresholdLines(
  lines: readonly ChartLine[],
  y: (value: number) => number,
  plot: Plot,
  unit: string | null,
) {
  return lines
    .map((line) => {
      const at = pixel(y(line.value));
      const labelY = at - plot.top < LABEL_ROOM ? at + LABEL_ROOM - 1 : at - 3;
      return `<line class="threshold" x1="${plot.left}" x2="${plot.right}" y1="${at}" y2="${at}" data-value="${line.value}"><title>${escapeHtml(`target ${line.label} (${formatInUnit(line.value, unit)})`)}</title></line><text class="threshold-label" x="${plot.right - 4}" y="${labelY}" text-anchor="end">${escapeHtml(line.label)}</text>`;
    })
    .join('');
}
