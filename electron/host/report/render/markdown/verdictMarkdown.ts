import type { ReportModel } from '../../../../../shared/report/reportModel';
import { countOf, formatDuration, formatNumber, formatTime, NO_DATA } from '../reportFormat';
import { statusInWords, verdictInWords } from '../statusWords';
import { evidenceLinks } from './evidenceLinks';
import { inlineText } from './markdownEscape';

/** The title and the verdict: what a reviewer reads first, and the day it is about. */
export function verdictMarkdown(model: ReportModel): string {
  const { summary, signoff } = model;
  const facts = [
    `**Day:** ${inlineText(summary.dayName)} (day ${summary.dayId})`,
    `**Environment:** ${inlineText(summary.environment)}`,
    `**Operators:** ${summary.operators.length === 0 ? 'none recorded' : summary.operators.map(inlineText).join(', ')}`,
    `**Started:** ${formatTime(summary.startedAtMs)}`,
    summary.endedAtMs === null
      ? `**Ended:** not yet: the day is still open (report as of ${formatTime(model.asOfMs)})`
      : `**Ended:** ${formatTime(summary.endedAtMs)}`,
    `**Duration:** ${formatDuration(summary.durationMs)}${summary.ongoing ? ' so far' : ''}`,
    `**Peak load:** ${peakLoad(model)}`,
    `**Decision recorded:** ${recordedDecision(model)}`,
  ];
  return [
    `# Stress-test report: ${inlineText(summary.dayName)}`,
    `**Verdict: ${verdictInWords(signoff.verdict)}** — ${verdictLine(model)}`,
    facts.map((fact) => `- ${fact}`).join('\n'),
    ...notPassedList(model),
  ].join('\n\n');
}

function verdictLine(model: ReportModel): string {
  const { criteria, notPassed } = model.signoff;
  if (notPassed.length === 0)
    return `all ${countOf(criteria.length, 'sign-off criterion', 'sign-off criteria')} passed.`;
  return `${notPassed.length} of ${countOf(criteria.length, 'sign-off criterion', 'sign-off criteria')} did not pass.`;
}

/** The criteria that keep the verdict from go, each with its status. */
function notPassedList(model: ReportModel): string[] {
  const { criteria, notPassed } = model.signoff;
  if (notPassed.length === 0) return [];
  const lines = notPassed.map((name) => {
    const criterion = criteria.find((one) => one.name === name && one.override === null);
    return `- ${inlineText(name)}${criterion ? `: ${statusInWords(criterion.status)}` : ''}`;
  });
  return [`Criteria that did not pass:\n\n${lines.join('\n')}`];
}

function peakLoad(model: ReportModel): string {
  const peak = model.summary.peakLoad;
  if (peak === null) return NO_DATA;
  return `${formatNumber(peak.virtualUsers)} virtual users (from ${inlineText(peak.source)}, ${evidenceLinks(peak.evidence)})`;
}

function recordedDecision(model: ReportModel): string {
  const decision = model.summary.decision;
  if (decision === null) return 'none yet';
  const said = decision.reason === '' ? '' : `: “${inlineText(decision.reason)}”`;
  const differs =
    decision.decision === model.signoff.verdict
      ? ''
      : ` (differs from the verdict the data gives, ${verdictInWords(model.signoff.verdict)})`;
  return `${verdictInWords(decision.decision)} by ${inlineText(decision.by)} at ${formatTime(decision.atMs)}${said}${differs} (${evidenceLinks(decision.evidence)})`;
}
