import type { ReportModel } from '../../../../../shared/report/reportModel';
import { formatNumber } from '../reportFormat';
import { evidenceHtml } from './htmlEvidence';
import { htmlTable } from './htmlTable';

/** The executive summary: how much happened on the day, in counts, one column a figure. */
export function summaryHtml(model: ReportModel): string {
  const { counts } = model.summary;
  const failedEvidence =
    counts.failedCommandEvidence.length === 0
      ? ''
      : `<br><span class="note">${evidenceHtml(counts.failedCommandEvidence)}</span>`;
  const figures: Array<[string, string]> = [
    ['Events recorded', formatNumber(counts.events)],
    ['Commands run', formatNumber(counts.commands)],
    ['Commands that failed (exit code not 0)', `${formatNumber(counts.failedCommands)}${failedEvidence}`],
    ['Snapshots taken', formatNumber(counts.snapshots)],
    ...counts.issuesBySeverity.map(({ severity, count }): [string, string] => [
      `SEV${severity} issues`,
      formatNumber(count),
    ]),
  ];
  return [
    '<section id="summary"><h2>Executive summary</h2>',
    htmlTable(
      figures.map(([figure]) => figure),
      [figures.map(([, count]) => count)],
      'figures summary-counts',
    ),
    '</section>',
  ].join('');
}
