import type { CriterionResult, ReportModel } from '../../../../../shared/report/reportModel';
import { formatTime } from '../reportFormat';
import { statusInWords, verdictInWords } from '../statusWords';
import { evidenceLinks, seqLink } from './evidenceLinks';
import { cellText } from './markdownEscape';
import { markdownTable } from './markdownTable';

/** The go-live sign-off: each criterion, its status in words, why, and the events it rests on. */
export function signoffMarkdown(model: ReportModel): string {
  const { signoff } = model;
  const rows = signoff.criteria.map((criterion) => [
    criterionCell(criterion),
    statusCell(criterion),
    cellText(criterion.reason),
    evidenceLinks(evidenceOf(criterion)),
  ]);
  return [
    '## Go-live sign-off',
    `Verdict: **${verdictInWords(signoff.verdict)}**. Go needs every criterion passed or overridden by a person; no data never counts as passed.`,
    markdownTable(['Criterion', 'Status', 'Why', 'Evidence'], rows),
  ].join('\n\n');
}

function criterionCell(criterion: CriterionResult): string {
  const origin =
    criterion.origin === 'built-in'
      ? 'built-in'
      : `workspace${criterion.panelId === null ? '' : `, panel ${cellText(criterion.panelId)}`}`;
  const description = criterion.description === null ? '' : `<br>${cellText(criterion.description)}`;
  return `**${cellText(criterion.name)}** (${origin})${description}`;
}

/** An override shows as overridden, with who, when, why and what the data said. */
function statusCell(criterion: CriterionResult): string {
  const { override } = criterion;
  if (override === null) return statusInWords(criterion.status);
  return `overridden by ${cellText(override.by)} at ${formatTime(override.atMs)}: ${cellText(override.reason)} (the data said: ${statusInWords(criterion.status)}; ${seqLink(override.eventSeq)})`;
}

function evidenceOf(criterion: CriterionResult): number[] {
  const { override } = criterion;
  return override === null || criterion.evidence.includes(override.eventSeq)
    ? criterion.evidence
    : [...criterion.evidence, override.eventSeq];
}
