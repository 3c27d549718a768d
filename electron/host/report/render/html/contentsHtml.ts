import type { ReportModel } from '../../../../../shared/report/reportModel';
import { escapeHtml } from './htmlEscape';

/** A line of in-page links to the sections, for a long report read on screen. */
export function contentsHtml(model: ReportModel): string {
  const links: Array<[string, string]> = [
    ['summary', 'Summary'],
    ['signoff', 'Sign-off'],
    ['targets', 'Target vs achieved'],
    ['k6', 'k6'],
    ['issues', 'Issues'],
    ...(model.charts.snapshots.length === 0 ? [] : [['snapshots', 'Snapshots'] as [string, string]]),
    ['runs', 'Runbook runs'],
    ...(model.compare === null
      ? []
      : [['compare', `Compared with ${escapeHtml(model.compare.previousDayName)}`] as [string, string]]),
    ['key-events', 'Key events'],
    ['timeline', 'Timeline'],
    ['commands', 'Commands'],
  ];
  return `<nav class="contents" aria-label="Sections"><ol>${links.map(([id, text]) => `<li><a href="#${id}">${text}</a></li>`).join('')}</ol></nav>`;
}
