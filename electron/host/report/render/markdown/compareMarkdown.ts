import type { Change, CompareSection, ReportModel } from '../../../../../shared/report/reportModel';
import { formatChange, formatInUnit } from '../reportFormat';
import { cellText, inlineText } from './markdownEscape';
import { markdownTable } from './markdownTable';

/** Before/after against the previous day; empty when no previous day was given. */
export function compareMarkdown(model: ReportModel): string[] {
  const { compare } = model;
  if (compare === null) return [];
  return [
    [
      `## Compared with ${inlineText(compare.previousDayName)}`,
      `Before: ${inlineText(compare.previousDayName)} (day ${compare.previousDayId}); after: this day. Change is after − before.`,
      markdownTable(['Figure', 'Before', 'After', 'Change'], compareRows(model, compare)),
    ].join('\n\n'),
  ];
}

function compareRows(model: ReportModel, compare: CompareSection): string[][] {
  const unitOf = (panelId: string, queryIndex: number) =>
    model.targets.rows.find((row) => row.panelId === panelId && row.queryIndex === queryIndex)?.unit ?? null;
  return [
    changeRow('Peak load (virtual users)', compare.peakLoad, null),
    changeRow('Failed requests (k6)', compare.errorRate, 'ratio'),
    changeRow('HTTP request duration p(95) (k6)', compare.latencyP95Ms, 'ms'),
    ...compare.targets.flatMap((target) => [
      changeRow(`${cellText(target.label)}: breaches`, target.breaches, null),
      changeRow(`${cellText(target.label)}: worst`, target.worst, unitOf(target.panelId, target.queryIndex)),
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
