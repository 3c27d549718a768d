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
import { evidenceLinks } from './evidenceLinks';
import { cellText, codeCell, codeSpan, inlineText } from './markdownEscape';
import { markdownTable } from './markdownTable';

/** k6's thresholds and key metrics from the latest summary, and the live threshold events. */
export function k6Markdown(model: ReportModel): string {
  const { k6 } = model;
  const heading = '## k6 thresholds and key metrics';
  if (k6.latest === null && k6.thresholdEvents.length === 0) {
    return [
      heading,
      `**${NO_K6_DATA}**: no k6 summary and no live k6 threshold was recorded on this day.`,
    ].join('\n\n');
  }
  const summary =
    k6.latest === null
      ? [
          `**No k6 summary** was recorded: the key metrics are ${NO_DATA}; only live threshold events are known.`,
        ]
      : latestSummary(k6, k6.latest);
  return [heading, ...summary, ...thresholdEvents(k6)].join('\n\n');
}

function latestSummary(k6: K6Section, latest: K6SummaryFigures): string[] {
  const verdict = latest.testPassed === null ? 'not given' : latest.testPassed ? 'passed' : 'failed';
  const intro = [
    `From ${codeSpan(latest.source)} (${inlineText(latest.format)} format), ${k6.summaryCount === 1 ? 'the only k6 summary' : `the latest of ${k6.summaryCount} k6 summaries`} (${evidenceLinks(latest.evidence)}).`,
    `k6's own verdict: ${verdict}. Thresholds failed: ${latest.thresholdsFailed}. Test duration: ${formatOptionalDuration(latest.testDurationMs)}.`,
  ].join(' ');
  const thresholds =
    latest.thresholds.length === 0
      ? 'The summary has no threshold.'
      : markdownTable(
          ['Metric', 'Threshold', 'Result', 'Observed'],
          latest.thresholds.map((threshold) => [
            codeCell(threshold.metric),
            codeCell(threshold.expression),
            threshold.ok ? 'passed' : '**failed**',
            threshold.observed === null ? NO_DATA : formatNumber(threshold.observed),
          ]),
        );
  const { metrics } = latest;
  const count = (value: number | null) => (value === null ? NO_DATA : formatNumber(value));
  const keyMetrics = markdownTable(
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
  );
  const checks =
    latest.checks.length === 0
      ? []
      : [
          '### Checks',
          markdownTable(
            ['Check', 'Passes', 'Fails'],
            latest.checks.map((check) => [
              cellText(check.path),
              formatNumber(check.passes),
              formatNumber(check.fails),
            ]),
          ),
        ];
  return [intro, '### Thresholds', thresholds, '### Key metrics', keyMetrics, ...checks];
}

function thresholdEvents(k6: K6Section): string[] {
  if (k6.thresholdEvents.length === 0) return [];
  return [
    '### Live threshold events',
    markdownTable(
      ['Time', 'Threshold', 'Event', 'Observed', 'Evidence'],
      k6.thresholdEvents.map((event) => [
        formatTime(event.atMs),
        codeCell(event.key),
        event.kind === 'failed' ? '**failed**' : 'recovered',
        event.observed === null ? NO_DATA : formatNumber(event.observed),
        evidenceLinks(event.evidence),
      ]),
    ),
  ];
}
