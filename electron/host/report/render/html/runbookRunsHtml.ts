import type {
  DrillRecovery,
  ReportModel,
  ReportRun,
  ReportRunStep,
} from '../../../../../shared/report/reportModel';
import { formatOptionalDuration, formatTime, NO_DATA } from '../reportFormat';
import { escapeHtml } from './htmlEscape';
import { evidenceHtml } from './htmlEvidence';
import { factList, htmlTable } from './htmlTable';
import { failedWords } from './statusBadge';

/** The runbook runs of the day: each run's outcome, and each step's result and duration. */
export function runbookRunsHtml(model: ReportModel): string {
  const { runs } = model.runbookRuns;
  const open = '<section id="runs" class="major"><h2>Runbook runs</h2>';
  if (runs.length === 0) return `${open}<p>No runbook was run.</p></section>`;
  return [open, ...runs.map(runHtml), '</section>'].join('');
}

/** Outcomes that did not go as planned stand out. */
const PLAIN_OUTCOMES: ReadonlySet<string> = new Set(['passed', 'running', 'paused']);

function runHtml(run: ReportRun): string {
  const kind = run.kind === null ? '' : ` (${escapeHtml(run.kind)})`;
  const outcomeWords = run.outcome === 'unfinished' ? 'unfinished: no end was recorded' : run.outcome;
  const outcome = PLAIN_OUTCOMES.has(run.outcome) ? outcomeWords : failedWords(outcomeWords);
  const facts = factList([
    ['Outcome', `${outcome}${run.reason === null ? '' : `: ${escapeHtml(run.reason)}`}`],
    ...(run.recovery === null ? [] : [['Recovery', recovery(run.recovery)] as const]),
    [
      'Run',
      `${escapeHtml(run.runId)} of runbook ${escapeHtml(run.runbookId)}, ${run.scope === 'all' ? 'all steps' : 'one step'}, in ${escapeHtml(run.environment)}`,
    ],
    ['Started', `${formatTime(run.startedAtMs)} by ${escapeHtml(run.startedBy)}`],
    ['Finished', run.finishedAtMs === null ? 'not recorded' : formatTime(run.finishedAtMs)],
    ['Duration', formatOptionalDuration(run.durationMs)],
    ['Evidence', evidenceHtml(run.evidence)],
  ]);
  const steps =
    run.steps.length === 0
      ? '<p>No step recorded.</p>'
      : htmlTable(
          ['Step', 'Type', 'Result', 'Attempts', 'Exit code', 'Duration', 'Message', 'Evidence'],
          run.steps.map(stepRow),
          'steps',
        );
  return `<article class="run"><h3>${escapeHtml(run.title)}${kind}</h3>${facts}${steps}</article>`;
}

const RECOVERY_WORDS: Readonly<Record<DrillRecovery['verdict'], string>> = {
  recovered: 'recovered',
  missed: 'missed its deadline',
  unfinished: 'unfinished',
  'no-deadline': 'no deadline checked',
};

function recovery(drill: DrillRecovery): string {
  const words = RECOVERY_WORDS[drill.verdict];
  const shown = drill.verdict === 'recovered' ? words : failedWords(words);
  return `${shown}: ${escapeHtml(drill.reason)} (${evidenceHtml(drill.evidence)})`;
}

/** The step's title, and its id when that says something more. */
function stepCell(step: ReportRunStep): string {
  const id = step.stepId === step.title ? '' : `<br><span class="note">${escapeHtml(step.stepId)}</span>`;
  return `${escapeHtml(step.title)}${id}${step.rollback ? ' (rollback)' : ''}`;
}

/** Step results that did not pass stand out. */
const PLAIN_STEP_RESULTS: ReadonlySet<string> = new Set([
  'passed',
  'skipped',
  'pending',
  'waiting',
  'running',
]);

function stepRow(step: ReportRunStep): string[] {
  const result = step.status === 'not-recorded' ? 'not recorded' : step.status;
  return [
    stepCell(step),
    step.type ?? NO_DATA,
    PLAIN_STEP_RESULTS.has(step.status) ? result : failedWords(result),
    step.attempts === null ? NO_DATA : String(step.attempts),
    step.exitCode === null ? '—' : String(step.exitCode),
    formatOptionalDuration(step.durationMs),
    step.message === null ? '—' : `<span class="text-block">${escapeHtml(step.message)}</span>`,
    evidenceHtml(step.evidence),
  ];
}
