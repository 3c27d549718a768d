import type {
  DrillRecovery,
  ReportModel,
  ReportRun,
  ReportRunStep,
} from '../../../../../shared/report/reportModel';
import { formatOptionalDuration, formatTime, NO_DATA } from '../reportFormat';
import { evidenceLinks } from './evidenceLinks';
import { cellText, inlineText } from './markdownEscape';
import { markdownTable } from './markdownTable';

/** The runbook runs of the day: each run's outcome, and each step's result and duration. */
export function runbookRunsMarkdown(model: ReportModel): string {
  const { runs } = model.runbookRuns;
  if (runs.length === 0) return ['## Runbook runs', 'No runbook was run.'].join('\n\n');
  return ['## Runbook runs', ...runs.map(runMarkdown)].join('\n\n');
}

function runMarkdown(run: ReportRun): string {
  const kind = run.kind === null ? '' : ` (${inlineText(run.kind)})`;
  const facts = [
    `**Outcome:** ${run.outcome === 'unfinished' ? 'unfinished: no end was recorded' : run.outcome}${run.reason === null ? '' : `: ${inlineText(run.reason)}`}`,
    ...(run.recovery === null ? [] : [`**Recovery:** ${recovery(run.recovery)}`]),
    `**Run:** ${inlineText(run.runId)} of runbook ${inlineText(run.runbookId)}, ${run.scope === 'all' ? 'all steps' : 'one step'}, in ${inlineText(run.environment)}`,
    `**Started:** ${formatTime(run.startedAtMs)} by ${inlineText(run.startedBy)}`,
    `**Finished:** ${run.finishedAtMs === null ? 'not recorded' : formatTime(run.finishedAtMs)}`,
    `**Duration:** ${formatOptionalDuration(run.durationMs)}`,
    `**Evidence:** ${evidenceLinks(run.evidence)}`,
  ];
  const steps =
    run.steps.length === 0
      ? 'No step recorded.'
      : markdownTable(
          ['Step', 'Type', 'Result', 'Attempts', 'Exit code', 'Duration', 'Message', 'Evidence'],
          run.steps.map(stepRow),
        );
  return [`### ${inlineText(run.title)}${kind}`, facts.map((fact) => `- ${fact}`).join('\n'), steps].join(
    '\n\n',
  );
}

const RECOVERY_WORDS: Readonly<Record<DrillRecovery['verdict'], string>> = {
  recovered: 'recovered',
  missed: 'missed its deadline',
  unfinished: 'unfinished',
  'no-deadline': 'no deadline checked',
};

function recovery(drill: DrillRecovery): string {
  return `${RECOVERY_WORDS[drill.verdict]}: ${inlineText(drill.reason)} (${evidenceLinks(drill.evidence)})`;
}

/** The step's title, and its id when that says something more. */
function stepCell(step: ReportRunStep): string {
  const id = step.stepId === step.title ? '' : `<br>${cellText(step.stepId)}`;
  return `${cellText(step.title)}${id}${step.rollback ? ' (rollback)' : ''}`;
}

function stepRow(step: ReportRunStep): string[] {
  return [
    stepCell(step),
    step.type ?? NO_DATA,
    step.status === 'not-recorded' ? 'not recorded' : step.status,
    step.attempts === null ? NO_DATA : String(step.attempts),
    step.exitCode === null ? '—' : String(step.exitCode),
    formatOptionalDuration(step.durationMs),
    step.message === null ? '—' : cellText(step.message),
    evidenceLinks(step.evidence),
  ];
}
