import type { ReportModel } from '../../../../../shared/report/reportModel';
import { countOf, formatDuration, formatNumber, formatTime, NO_DATA } from '../reportFormat';
import { statusInWords, verdictInWords } from '../statusWords';
import { escapeHtml } from './htmlEscape';
import { evidenceHtml } from './htmlEvidence';
import { factList } from './htmlTable';
import { verdictBadge } from './statusBadge';

/** The title and the verdict: what a reviewer reads first, and the day it is about. */
export function verdictHtml(model: ReportModel): string {
  const { summary, signoff } = model;
  const ended =
    summary.endedAtMs === null
      ? `not yet: the day is still open (report as of ${formatTime(model.asOfMs)})`
      : formatTime(summary.endedAtMs);
  const facts = factList([
    ['Day', `${escapeHtml(summary.dayName)} (day ${summary.dayId})`],
    ['Environment', escapeHtml(summary.environment)],
    [
      'Operators',
      summary.operators.length === 0 ? 'none recorded' : summary.operators.map(escapeHtml).join(', '),
    ],
    ['Started', formatTime(summary.startedAtMs)],
    ['Ended', ended],
    ['Duration', `${formatDuration(summary.durationMs)}${summary.ongoing ? ' so far' : ''}`],
    ['Peak load', peakLoad(model)],
    ['Decision recorded', recordedDecision(model)],
  ]);
  return [
    `<header id="verdict" class="report-header"><h1>Stress-test report: ${escapeHtml(summary.dayName)}</h1>`,
    `<p class="verdict-line verdict-line-${signoff.verdict}">Verdict: ${verdictBadge(signoff.verdict)} — ${verdictLine(model)}</p>`,
    notPassedList(model),
    facts,
    '</header>',
  ].join('');
}

function verdictLine(model: ReportModel): string {
  const { criteria, notPassed } = model.signoff;
  const all = countOf(criteria.length, 'sign-off criterion', 'sign-off criteria');
  return notPassed.length === 0 ? `all ${all} passed.` : `${notPassed.length} of ${all} did not pass.`;
}

/** The criteria that keep the verdict from go, each with its status. */
function notPassedList(model: ReportModel): string {
  const { criteria, notPassed } = model.signoff;
  if (notPassed.length === 0) return '';
  const items = notPassed.map((name) => {
    const criterion = criteria.find((one) => one.name === name && one.override === null);
    return `<li>${escapeHtml(name)}${criterion ? `: ${statusInWords(criterion.status)}` : ''}</li>`;
  });
  return `<p>Criteria that did not pass:</p><ul class="not-passed">${items.join('')}</ul>`;
}

function peakLoad(model: ReportModel): string {
  const peak = model.summary.peakLoad;
  if (peak === null) return NO_DATA;
  return `${formatNumber(peak.virtualUsers)} virtual users (from ${escapeHtml(peak.source)}, ${evidenceHtml(peak.evidence)})`;
}

function recordedDecision(model: ReportModel): string {
  const decision = model.summary.decision;
  if (decision === null) return 'none yet';
  const said = decision.reason === '' ? '' : `: “${escapeHtml(decision.reason)}”`;
  const differs =
    decision.decision === model.signoff.verdict
      ? ''
      : ` (differs from the verdict the data gives, ${verdictInWords(model.signoff.verdict)})`;
  return `${verdictInWords(decision.decision)} by ${escapeHtml(decision.by)} at ${formatTime(decision.atMs)}${said}${differs} (${evidenceHtml(decision.evidence)})`;
}
