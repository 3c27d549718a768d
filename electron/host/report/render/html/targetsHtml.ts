import type { ReportModel, TargetBreach, TargetRow } from '../../../../../shared/report/reportModel';
import { countOf, formatInUnit, formatOptionalDuration, formatTime, NO_DATA } from '../reportFormat';
import { targetLabel, targetSpec } from '../targetWords';
import { panelChartHtml } from './charts/panelChartHtml';
import { escapeHtml } from './htmlEscape';
import { evidenceHtml } from './htmlEvidence';
import { htmlTable } from './htmlTable';
import { failedWords, statusBadge } from './statusBadge';

/** Target vs achieved: each target, whether it held, what the snapshots show, and each panel over the day. */
export function targetsHtml(model: ReportModel): string {
  const { rows } = model.targets;
  const charts = model.charts.panels;
  const open = '<section id="targets" class="major"><h2>Target vs achieved</h2>';
  if (rows.length === 0 && charts.length === 0) {
    return `${open}<p>No target: no dashboard with targets was given and no breach was recorded.</p></section>`;
  }
  const table = htmlTable(
    ['Target', 'Status', 'Breaches', 'Worst', 'Peak', 'P95', 'Snapshot window', 'Evidence'],
    rows.map((row) => [
      `${escapeHtml(targetLabel(row))}: ${escapeHtml(targetSpec(row))}`,
      statusBadge(row.status),
      String(row.breaches.length),
      formatInUnit(row.achieved?.worst ?? null, row.unit),
      formatInUnit(row.achieved?.peak ?? null, row.unit),
      formatInUnit(row.achieved?.p95 ?? null, row.unit),
      achievedWindow(row),
      evidenceHtml([...row.breaches.flatMap((breach) => breach.evidence), ...(row.achieved?.evidence ?? [])]),
    ]),
    'targets',
  );
  return [
    open,
    '<p>Achieved figures come from the snapshots taken during the day; between snapshots nothing is known.</p>',
    rows.length === 0 ? '' : table,
    breachesTable(rows),
    queriesList(rows),
    charts.length === 0
      ? ''
      : `<h3>Each target panel over the day</h3><p>From the snapshots' frozen points; the dashed line is the target, the thin vertical lines the day's key events (hover for the event, click for its timeline row).</p>${charts.map(panelChartHtml).join('')}`,
    '</section>',
  ].join('');
}

function achievedWindow(row: TargetRow): string {
  const { achieved } = row;
  if (achieved === null) return NO_DATA;
  return `${formatTime(achieved.windowStartMs)} – ${formatTime(achieved.windowEndMs)}<br>${countOf(achieved.pointCount, 'point')} in ${countOf(achieved.snapshotCount, 'snapshot')}`;
}

function breachesTable(rows: readonly TargetRow[]): string {
  const breaches = rows.flatMap((row) => row.breaches.map((breach) => ({ row, breach })));
  if (breaches.length === 0) return '';
  const table = htmlTable(
    [
      'Target',
      'Missing since',
      'Breached at',
      'Value at breach',
      'Recovered at',
      'Worst',
      'Lasted',
      'Evidence',
    ],
    breaches.map(({ row, breach }) => breachRow(row, breach)),
    'breaches',
  );
  return `<h3>Breaches</h3>${table}`;
}

function breachRow(row: TargetRow, breach: TargetBreach): string[] {
  return [
    escapeHtml(targetLabel(row)),
    breach.missingSinceMs === null ? NO_DATA : formatTime(breach.missingSinceMs),
    formatTime(breach.breachedAtMs),
    formatInUnit(breach.valueAtBreach, row.unit),
    breach.recoveredAtMs === null ? failedWords('not recovered') : formatTime(breach.recoveredAtMs),
    formatInUnit(breach.worstValue, row.unit),
    breach.recoveredAtMs === null ? 'not recovered' : formatOptionalDuration(breach.lastedMs),
    evidenceHtml(breach.evidence),
  ];
}

function queriesList(rows: readonly TargetRow[]): string {
  const items = rows.flatMap((row) =>
    row.expr === null
      ? []
      : [`<li>${escapeHtml(targetLabel(row))}: <code>${escapeHtml(row.expr)}</code></li>`],
  );
  return items.length === 0 ? '' : `<p>The queries:</p><ul class="queries">${items.join('')}</ul>`;
}
