import type { ReportModel } from '../../../../../shared/report/reportModel';
import { formatNumber } from '../reportFormat';
import { evidenceLinks } from './evidenceLinks';
import { markdownTable } from './markdownTable';

/** The executive summary: how much happened on the day, in counts. */
export function summaryMarkdown(model: ReportModel): string {
  const { counts } = model.summary;
  const rows = [
    ['Events recorded', formatNumber(counts.events), '—'],
    ['Commands run', formatNumber(counts.commands), '—'],
    [
      'Commands that failed (exit code not 0)',
      formatNumber(counts.failedCommands),
      evidenceLinks(counts.failedCommandEvidence),
    ],
    ['Snapshots taken', formatNumber(counts.snapshots), '—'],
    ...counts.issuesBySeverity.map(({ severity, count }) => [
      `SEV${severity} issues`,
      formatNumber(count),
      '—',
    ]),
  ];
  return ['## Executive summary', markdownTable(['Figure', 'Count', 'Evidence'], rows)].join('\n\n');
}
