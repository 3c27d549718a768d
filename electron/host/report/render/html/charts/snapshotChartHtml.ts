import type { ChartSeries, SnapshotChart } from '../../../../../../shared/report/reportCharts';
import { formatInUnit, formatTime, NO_DATA } from '../../reportFormat';
import { escapeHtml } from '../htmlEscape';
import { evidenceHtml, snapshotAnchorId } from '../htmlEvidence';
import { htmlTable } from '../htmlTable';
import { chartLegend } from './chartLegend';
import { type ChartSize, chartSvg } from './chartSvg';

/** A snapshot's panels side by side, small: two or three to a printed line. */
const SNAPSHOT_CHART_SIZE: ChartSize = {
  width: 300,
  height: 130,
  left: 58,
  right: 8,
  top: 8,
  bottom: 20,
  timeTicks: 3,
  valueTicks: 3,
};

/** A snapshot as it froze the dashboard: each panel a small chart, the values-only panels a small table. */
export function snapshotChartHtml(snapshot: SnapshotChart): string {
  const caption = `<figcaption><strong>Snapshot ${snapshot.snapshotId}: ${escapeHtml(snapshot.label)}</strong>, taken ${formatTime(snapshot.takenAtMs)} (${evidenceHtml(snapshot.evidence)})</figcaption>`;
  const note = snapshot.note === null ? '' : `<p class="note">${escapeHtml(snapshot.note)}</p>`;
  const panels = [
    ...snapshot.panels.map((panel) => {
      const [fromMs, toMs] = timeExtent(panel.series, snapshot.takenAtMs);
      const svg = chartSvg(
        {
          label: `${panel.title} in snapshot ${snapshot.snapshotId}`,
          unit: panel.unit,
          fromMs,
          toMs,
          series: panel.series,
          thresholds: panel.thresholds,
          markers: [],
        },
        SNAPSHOT_CHART_SIZE,
      );
      return `<div class="mini-chart"><p class="mini-title">${escapeHtml(panel.title)}</p>${svg}${chartLegend(panel.series, panel.thresholds, 0)}</div>`;
    }),
    ...snapshot.values.map(
      (panel) =>
        `<div class="mini-values"><p class="mini-title">${escapeHtml(panel.title)}</p>${htmlTable(
          ['Value', 'Now'],
          panel.values.map(({ name, value }) => [
            escapeHtml(name),
            value === null ? NO_DATA : formatInUnit(value, null),
          ]),
          'values',
        )}</div>`,
    ),
  ];
  const body =
    panels.length === 0
      ? `<div class="mini-chart empty"><p class="no-data-frame">${NO_DATA}: the snapshot froze no panel</p></div>`
      : panels.join('');
  return `<figure class="snapshot" id="${snapshotAnchorId(snapshot.snapshotId)}">${caption}${note}<div class="snapshot-panels">${body}</div></figure>`;
}

/** The time the panel's points span; a panel with none ends at the moment it was frozen. */
function timeExtent(series: readonly ChartSeries[], takenAtMs: number): [number, number] {
  let from = Number.POSITIVE_INFINITY;
  let to = Number.NEGATIVE_INFINITY;
  for (const one of series) {
    const first = one.points[0];
    const last = one.points.at(-1);
    if (first && first[0] < from) from = first[0];
    if (last && last[0] > to) to = last[0];
  }
  return from > to ? [takenAtMs, takenAtMs] : [from, to];
}
