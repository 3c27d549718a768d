import type { JournalEvent } from '../../../shared/journalTypes';
import type { ReportRun, ReportRunStep, RunbookRunsSection } from '../../../shared/report/reportModel';
import type { RunStatus, StepRunStatus } from '../../../shared/runbookRunTypes';
import { drillRecovery } from './drillRecovery';
import {
  arrayField,
  booleanField,
  numberField,
  recordField,
  recordsField,
  stringField,
} from './payloadFields';

/**
 * Every runbook run of the day, from the events runbooks/execution/journalRunRecorder.ts writes:
 * runbook.started, runbook.step (each step's end, each rollback), probe.result, runbook.finished;
 * all carry the run's id.
 */
export function runbookRunsSection(events: readonly JournalEvent[]): RunbookRunsSection {
  const byRun = new Map<string, JournalEvent[]>();
  for (const event of events) {
    const runId = stringField(event.payload, 'runId');
    if (runId === null || (!event.kind.startsWith('runbook.') && event.kind !== 'probe.result')) continue;
    byRun.set(runId, [...(byRun.get(runId) ?? []), event]);
  }
  const runs: ReportRun[] = [];
  for (const [runId, runEvents] of byRun) {
    const started = runEvents.find((event) => event.kind === 'runbook.started');
    if (started) runs.push(reportRun(runId, started, runEvents));
  }
  return { runs: runs.sort((a, b) => a.startedAtMs - b.startedAtMs) };
}

function reportRun(runId: string, started: JournalEvent, events: readonly JournalEvent[]): ReportRun {
  const finished = events.find((event) => event.kind === 'runbook.finished') ?? null;
  const kind = stringField(started.payload, 'kind');
  const outcome: ReportRun['outcome'] = finished
    ? ((stringField(finished.payload, 'status') as RunStatus | null) ?? 'unfinished')
    : 'unfinished';
  return {
    runId,
    runbookId: stringField(started.payload, 'runbookId') ?? '',
    title: stringField(started.payload, 'title') ?? started.subject,
    kind,
    scope: stringField(started.payload, 'scope') === 'step' ? 'step' : 'all',
    environment: stringField(started.payload, 'environment') ?? '',
    startedBy: started.actor,
    startedAtMs: started.time,
    finishedAtMs: finished?.time ?? null,
    durationMs: finished
      ? (numberField(finished.payload, 'durationMs') ?? finished.time - started.time)
      : null,
    outcome,
    reason: finished ? stringField(finished.payload, 'reason') : null,
    steps: runSteps(started, finished, events),
    recovery: kind === 'drill' ? drillRecovery(outcome, events) : null,
    evidence: events.map((event) => event.seq),
  };
}

/**
 * The run's steps in the runbook's order, then its rollbacks. A step's final status is what
 * runbook.finished lists (a continuous probe ends "passed" after its last "running" event, a
 * failed step the person skipped ends "skipped"); its details come from its latest runbook.step.
 */
function runSteps(
  started: JournalEvent,
  finished: JournalEvent | null,
  events: readonly JournalEvent[],
): ReportRunStep[] {
  const titles = recordField(started.payload, 'titles') ?? {};
  const planned = arrayField(started.payload, 'steps').filter((id): id is string => typeof id === 'string');
  const finishedSteps = finished ? recordsField(finished.payload, 'steps') : [];
  const stepEvents = events.filter((event) => event.kind === 'runbook.step');
  const rollbacks = stepEvents
    .filter((event) => booleanField(event.payload, 'rollback') === true)
    .map((event) => stringField(event.payload, 'stepId') ?? '');
  const rows = [
    ...planned.map((stepId) => ({ stepId, rollback: false })),
    ...[...new Set(rollbacks)].map((stepId) => ({ stepId, rollback: true })),
  ];
  return rows.map(({ stepId, rollback }) => {
    const last = stepEvents.findLast(
      (event) =>
        stringField(event.payload, 'stepId') === stepId &&
        (booleanField(event.payload, 'rollback') === true) === rollback,
    );
    const title = typeof titles[stepId] === 'string' ? (titles[stepId] as string) : stepId;
    const listed = rollback
      ? undefined
      : finishedSteps.find((step) => stringField(step, 'stepId') === stepId);
    if (last) {
      const finalStatus = listed ? stringField(listed, 'status') : null;
      return {
        stepId,
        title: stringField(last.payload, 'title') ?? title,
        type: stringField(last.payload, 'type'),
        status:
          ((finalStatus ?? stringField(last.payload, 'status')) as StepRunStatus | null) ?? 'not-recorded',
        rollback,
        attempts: numberField(last.payload, 'attempts'),
        exitCode: numberField(last.payload, 'exitCode'),
        durationMs: numberField(last.payload, 'durationMs'),
        message: (listed ? stringField(listed, 'message') : null) ?? stringField(last.payload, 'message'),
        evidence: listed && finished ? [last.seq, finished.seq] : [last.seq],
      };
    }
    return {
      stepId,
      title,
      type: null,
      status: listed
        ? ((stringField(listed, 'status') as StepRunStatus | null) ?? 'not-recorded')
        : 'not-recorded',
      rollback,
      attempts: listed ? numberField(listed, 'attempts') : null,
      exitCode: listed ? numberField(listed, 'exitCode') : null,
      durationMs: null,
      message: listed ? stringField(listed, 'message') : null,
      evidence: listed && finished ? [finished.seq] : [],
    };
  });
}
