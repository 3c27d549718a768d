import type { ReportModel, TargetBreach, TargetRow } from '../../../../../shared/report/reportModel';
import { countOf, formatInUnit, formatOptionalDuration, formatTime, NO_DATA } from '../reportFormat';
import { statusInWords } from '../statusWords';
import { targetLabel, targetSpec } from '../targetWords';
import { evidenceLinks } from './evidenceLinks';
import { cellText, codeSpan, inlineText } from './markdownEscape';
import { markdownTable } from './markdownTable';

/** Target vs achieved: each panel query's target, whether it held, and what the snapshots show. */
export function targetsMarkdown(model: ReportModel): string {
  const { rows } = model.targets;
  if (rows.length === 0) {
    return [
      '## Target vs achieved',
      'No target: no dashboard with targets was given and no breach was recorded.',
    ].join('\n\n');
  }
  const table = markdownTable(
    ['Target', 'Status', 'Breaches', 'Worst', 'Peak', 'P95', 'Snapshot window', 'Evidence'],
    rows.map((row) => [
      `${cellText(targetLabel(row))}: ${cellText(targetSpec(row))}`,
      statusInWords(row.status),
      String(row.breaches.length),
      formatInUnit(row.achieved?.worst ?? null, row.unit),
      formatInUnit(row.achieved?.peak ?? null, row.unit),
      formatInUnit(row.achieved?.p95 ?? null, row.unit),
      achievedWindow(row),
      evidenceLinks([
        ...row.breaches.flatMap((breach) => breach.evidence),
        ...(row.achieved?.evidence ?? []),
      ]),
    ]),
  );
  return [
    '## Target vs achieved',
    'Achieved figures come from the snapshots taken during the day; between snapshots nothing is known.',
    table,
    ...breachesTable(rows),
    ...queriesList(rows),
  ].join('\n\n');
}

function achievedWindow(row: TargetRow): string {
  const { achieved } = row;
  if (achieved === null) return NO_DATA;
  return `${formatTime(achieved.windowStartMs)} – ${formatTime(achieved.windowEndMs)}<br>${countOf(achieved.pointCount, 'point')} in ${countOf(achieved.snapshotCount, 'snapshot')}`;
}

function breachesTable(rows: readonly TargetRow[]): string[] {
  const breaches = rows.flatMap((row) => row.breaches.map((breach) => ({ row, breach })));
  if (breaches.length === 0) return [];
  const table = markdownTable(
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
  );
  return ['### Breaches', table];
}

function breachRow(row: TargetRow, breach: TargetBreach): string[] {
  return [
    cellText(targetLabel(row)),
    breach.missingSinceMs === null ? NO_DATA : formatTime(breach.missingSinceMs),
    formatTime(breach.breachedAtMs),
    formatInUnit(breach.valueAtBreach, row.unit),
    breach.recoveredAtMs === null ? '**not recovered**' : formatTime(breach.recoveredAtMs),
    formatInUnit(breach.worstValue, row.unit),
    breach.recoveredAtMs === null ? 'not recovered' : formatOptionalDuration(breach.lastedMs),
    evidenceLinks(breach.evidence),
  ];
}

function queriesList(rows: readonly TargetRow[]): string[] {
  const lines = rows.flatMap((row) =>
    row.expr === null ? [] : [`- ${inlineText(targetLabel(row))}: ${codeSpan(row.expr)}`],
  );
  return lines.length === 0 ? [] : [`The queries:\n\n${lines.join('\n')}`];
}
