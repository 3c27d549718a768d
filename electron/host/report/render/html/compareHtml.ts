import type { Change, CompareSection, ReportModel } from '../../../../../shared/report/reportModel';
import { formatChange, formatInUnit } from '../reportFormat';
import { escapeHtml } from './htmlEscape';
import { htmlTable } from './htmlTable';

/** Before/after against the previous day; empty when no previous day was given. */
export function compareHtml(model: ReportModel): string {
  const { compare } = model;
  if (compare === null) return '';
  const previous = escapeHtml(compare.previousDayName);
  return [
    `<section id="compare" class="major"><h2>Compared with ${previous}</h2>`,
    `<p>Before: ${previous} (day ${compare.previousDayId}); after: this day. Change is after − before.</p>`,
    htmlTable(['Figure', 'Before', 'After', 'Change'], compareRows(model, compare), 'compare'),
    '</section>',
  ].join('');
}

function compareRows(model: ReportModel, compare: CompareSection): string[][] {
  const unitOf = (panelId: string, queryIndex: number) =>
    model.targets.rows.find((row) => row.panelId === panelId && row.queryIndex === queryIndex)?.unit ?? null;
  return [
    changeRow('Peak load (virtual users)', compare.peakLoad, null),
    changeRow('Failed requests (k6)', compare.errorRate, 'ratio'),
    changeRow('HTTP request duration p(95) (k6)', compare.latencyP95Ms, 'ms'),
    ...compare.targets.flatMap((target) => [
      changeRow(`${escapeHtml(target.label)}: breaches`, target.breaches, null),
      changeRow(
        `${escapeHtml(target.label)}: worst`,
        target.worst,
        unitOf(target.panelId, target.queryIndex),
      ),
    ]),
  ];
}

function changeRow(figure: string, change: Change, unit: string | null): string[] {
  return [
    figure,
    formatInUnit(change.before, unit),
    formatInUnit(change.after, unit),
    formatChange(change.change, unit),
  ];
}
