import type { K6Section, K6SummaryFigures } from '../../../../../shared/report/reportK6';
import type { ReportModel } from '../../../../../shared/report/reportModel';
import {
  formatFraction,
  formatInUnit,
  formatNumber,
  formatOptionalDuration,
  formatTime,
  NO_DATA,
} from '../reportFormat';
import { NO_K6_DATA } from '../statusWords';
import { escapeHtml } from './htmlEscape';
import { evidenceHtml } from './htmlEvidence';
import { htmlTable } from './htmlTable';
import { failedWords } from './statusBadge';

/** k6's thresholds and key metrics from the latest summary, and the live threshold events. */
export function k6Html(model: ReportModel): string {
  const { k6 } = model;
  const open = '<section id="k6"><h2>k6 thresholds and key metrics</h2>';
  if (k6.latest === null && k6.thresholdEvents.length === 0) {
    return `${open}<p><span class="status status-no-data">${NO_K6_DATA}</span>: no k6 summary and no live k6 threshold was recorded on this day.</p></section>`;
  }
  const summary =
    k6.latest === null
      ? `<p><strong>No k6 summary</strong> was recorded: the key metrics are ${NO_DATA}; only live threshold events are known.</p>`
      : latestSummary(k6, k6.latest);
  return [open, summary, thresholdEvents(k6), '</section>'].join('');
}

function latestSummary(k6: K6Section, latest: K6SummaryFigures): string {
  const verdict = latest.testPassed === null ? 'not given' : latest.testPassed ? 'passed' : 'failed';
  const which =
    k6.summaryCount === 1 ? 'the only k6 summary' : `the latest of ${k6.summaryCount} k6 summaries`;
  const intro = [
    `<p>From <code>${escapeHtml(latest.source)}</code> (${escapeHtml(latest.format)} format), ${which} (${evidenceHtml(latest.evidence)}).`,
    ` k6's own verdict: ${verdict}. Thresholds failed: ${latest.thresholdsFailed}. Test duration: ${formatOptionalDuration(latest.testDurationMs)}.</p>`,
  ].join('');
  const thresholds =
    latest.thresholds.length === 0
      ? '<p>The summary has no threshold.</p>'
      : htmlTable(
          ['Metric', 'Threshold', 'Result', 'Observed'],
          latest.thresholds.map((threshold) => [
            `<code>${escapeHtml(threshold.metric)}</code>`,
            `<code>${escapeHtml(threshold.expression)}</code>`,
            threshold.ok ? '<span class="status status-passed">passed</span>' : failedWords('failed'),
            threshold.observed === null ? NO_DATA : formatNumber(threshold.observed),
          ]),
          'k6-thresholds',
        );
  const { metrics } = latest;
  const count = (value: number | null) => (value === null ? NO_DATA : formatNumber(value));
  const keyMetrics = htmlTable(
    ['Key metric', 'Value'],
    [
      ['HTTP requests', count(metrics.httpReqsCount)],
      ['HTTP requests per second', formatInUnit(metrics.httpReqsPerSecond, 'req/s')],
      ['HTTP request duration p(95)', formatInUnit(metrics.httpReqDurationP95Ms, 'ms')],
      ['HTTP request duration p(99)', formatInUnit(metrics.httpReqDurationP99Ms, 'ms')],
      ['Failed requests', formatFraction(metrics.httpReqFailedRate)],
      ['Checks passed', count(metrics.checksPasses)],
      ['Checks failed', count(metrics.checksFails)],
      ['Virtual users (max)', count(metrics.vusMax)],
    ],
    'figures',
  );
  const checks =
    latest.checks.length === 0
      ? ''
      : `<h3>Checks</h3>${htmlTable(
          ['Check', 'Passes', 'Fails'],
          latest.checks.map((check) => [
            escapeHtml(check.path),
            formatNumber(check.passes),
            formatNumber(check.fails),
          ]),
        )}`;
  return [intro, '<h3>Thresholds</h3>', thresholds, '<h3>Key metrics</h3>', keyMetrics, checks].join('');
}

function thresholdEvents(k6: K6Section): string {
  if (k6.thresholdEvents.length === 0) return '';
  return `<h3>Live threshold events</h3>${htmlTable(
    ['Time', 'Threshold', 'Event', 'Observed', 'Evidence'],
    k6.thresholdEvents.map((event) => [
      formatTime(event.atMs),
      `<code>${escapeHtml(event.key)}</code>`,
      event.kind === 'failed' ? failedWords('failed') : 'recovered',
      event.observed === null ? NO_DATA : formatNumber(event.observed),
      evidenceHtml(event.evidence),
    ]),
  )}`;
}
