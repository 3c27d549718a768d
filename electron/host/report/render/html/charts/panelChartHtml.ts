import type { PanelChart } from '../../../../../../shared/report/reportCharts';
import { formatTime } from '../../reportFormat';
import { escapeHtml } from '../htmlEscape';
import { evidenceHtml } from '../htmlEvidence';
import { chartLegend } from './chartLegend';
import { type ChartSize, chartSvg } from './chartSvg';

/** A target panel over the day: wide enough for a day's clock times, tall enough to read a breach. */
const PANEL_CHART_SIZE: ChartSize = {
  width: 880,
  height: 240,
  left: 70,
  right: 12,
  top: 10,
  bottom: 24,
  timeTicks: 8,
  valueTicks: 4,
};

/** One target panel over the test window, with its key, window and the snapshots its points come from. */
export function panelChartHtml(chart: PanelChart): string {
  const title = escapeHtml(chart.title);
  const source =
    chart.evidence.length === 0
      ? 'no snapshot held this panel, so nothing is known of it between the start and the end'
      : `points from the snapshots ${evidenceHtml(chart.evidence)}`;
  const svg = chartSvg(
    {
      label: `${chart.title} over the day`,
      unit: chart.unit,
      fromMs: chart.fromMs,
      toMs: chart.toMs,
      series: chart.series,
      thresholds: chart.thresholds,
      markers: chart.markers,
    },
    PANEL_CHART_SIZE,
  );
  return [
    `<figure class="panel-chart" data-panel-id="${escapeHtml(chart.panelId)}">`,
    `<figcaption><strong>${title}</strong> from ${formatTime(chart.fromMs)} to ${formatTime(chart.toMs)}</figcaption>`,
    svg,
    chartLegend(chart.series, chart.thresholds, chart.markers.length),
    `<p class="note">${source}</p>`,
    '</figure>',
  ].join('');
}
