import type { CriterionResult, ReportModel } from '../../../../../shared/report/reportModel';
import { formatTime } from '../reportFormat';
import { statusInWords } from '../statusWords';
import { escapeHtml } from './htmlEscape';
import { evidenceHtml, seqLinkHtml } from './htmlEvidence';
import { type HtmlRow, htmlTable } from './htmlTable';
import { statusBadge, verdictBadge } from './statusBadge';

/** The go-live sign-off: each criterion, its status in words, why, and the events it rests on. */
export function signoffHtml(model: ReportModel): string {
  const { signoff } = model;
  const rows: HtmlRow[] = signoff.criteria.map((criterion) => ({
    attributes: `data-criterion="${escapeHtml(criterion.id)}"`,
    cells: [
      criterionCell(criterion),
      statusCell(criterion),
      escapeHtml(criterion.reason),
      evidenceHtml(evidenceOf(criterion)),
    ],
  }));
  return [
    '<section id="signoff"><h2>Go-live sign-off</h2>',
    `<p>Verdict: ${verdictBadge(signoff.verdict)}. Go needs every criterion passed or overridden by a person; no data never counts as passed.</p>`,
    htmlTable(['Criterion', 'Status', 'Why', 'Evidence'], rows, 'signoff'),
    '</section>',
  ].join('');
}

function criterionCell(criterion: CriterionResult): string {
  const origin =
    criterion.origin === 'built-in'
      ? 'built-in'
      : `workspace${criterion.panelId === null ? '' : `, panel ${escapeHtml(criterion.panelId)}`}`;
  const description =
    criterion.description === null
      ? ''
      : `<br><span class="note">${escapeHtml(criterion.description)}</span>`;
  return `<strong>${escapeHtml(criterion.name)}</strong> (${origin})${description}`;
}

/** An override shows as overridden, with who, when, why and what the data said. */
function statusCell(criterion: CriterionResult): string {
  const { override } = criterion;
  if (override === null) return statusBadge(criterion.status);
  return [
    '<span class="status status-overridden">overridden</span>',
    ` by ${escapeHtml(override.by)} at ${formatTime(override.atMs)}: ${escapeHtml(override.reason)}`,
    ` (the data said: ${statusInWords(criterion.status)}; ${seqLinkHtml(override.eventSeq)})`,
  ].join('');
}

function evidenceOf(criterion: CriterionResult): number[] {
  const { override } = criterion;
  return override === null || criterion.evidence.includes(override.eventSeq)
    ? criterion.evidence
    : [...criterion.evidence, override.eventSeq];
}
