import type { ChartLine, ChartSeries } from '../../../../../../shared/report/reportCharts';
import { escapeHtml } from '../htmlEscape';
import { seriesColourClass } from './chartColours';

/** A chart's key: a swatch per series in its colour, a dashed one per target, and how many events are marked. */
export function chartLegend(
  series: readonly ChartSeries[],
  thresholds: readonly ChartLine[],
  markerCount: number,
): string {
  const items = [
    ...series.map(
      (one, index) =>
        `<li><span class="swatch ${seriesColourClass(index)}"></span>${escapeHtml(one.name)}${one.points.length === 0 ? ' (no data)' : ''}</li>`,
    ),
    ...thresholds.map(
      (line) => `<li><span class="swatch swatch-threshold"></span>target ${escapeHtml(line.label)}</li>`,
    ),
    ...(markerCount === 0
      ? []
      : [
          `<li><span class="swatch swatch-marker"></span>${markerCount} event${markerCount === 1 ? '' : 's'} marked</li>`,
        ]),
  ];
  return items.length === 0 ? '' : `<ul class="chart-legend">${items.join('')}</ul>`;
}
