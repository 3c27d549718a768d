import type { RunState } from '../../../../shared/runbookRunTypes';
import type { Journal } from '../../journal/journal';
import { appendToDay, recordCommandFinished } from '../../journal/journalWrites';
import type { RunRecorder } from './runDependencies';

/**
 * A run in the journal: runbook.started, a runbook.step for each step's end (and each
 * rollback), command.started/finished with the transcript for each command, probe.result for
 * each probe, runbook.confirmed for each approval, and runbook.finished. Texts arrive redacted.
 */
export function journalRunRecorder(journal: Journal): RunRecorder {
  const append = (
    run: RunState,
    kind: Parameters<typeof appendToDay>[0]['kind'],
    subject: string,
    payload: object,
  ) =>
    journal
      .write(appendToDay({ kind, actor: run.startedBy, subject, payload: { ...about(run), ...payload } }))
      .then(() => undefined);

  return {
    runStarted: (run, variables, titles) =>
      append(
        run,
        'runbook.started',
        `Ran ${run.title}${run.scope === 'step' ? ` (${run.steps[0]?.stepId})` : ''}`,
        {
          title: run.title,
          kind: run.kind,
          scope: run.scope,
          steps: run.steps.map((step) => step.stepId),
          titles,
          variables,
        },
      ),
    stepChanged: (run, step, stepRun, rollback) =>
      append(run, 'runbook.step', `${step.title}: ${stepRun.status}`, {
        stepId: step.id,
        title: step.title,
        type: step.type,
        status: stepRun.status,
        rollback,
        attempts: stepRun.attempts,
        exitCode: stepRun.exitCode,
        durationMs:
          stepRun.startedAt !== null && stepRun.finishedAt !== null
            ? stepRun.finishedAt - stepRun.startedAt
            : null,
        message: stepRun.message,
        transcriptId: stepRun.transcriptId,
      }),
    commandStarted: (run, step, display, terminalId) =>
      append(run, 'command.started', display, {
        stepId: step.id,
        terminalId,
        command: display,
        cwd: step.cwd,
      }),
    commandFinished: async (run, step, display, result) => {
      const event = await journal.write(
        recordCommandFinished(
          {
            terminalId: run.steps.find((s) => s.stepId === step.id)?.terminalId ?? '',
            command: display,
            cwd: step.cwd,
            startedAt: result.startedAt,
            finishedAt: result.finishedAt,
            exitCode: result.exitCode,
            output: result.output,
            truncated: result.truncated,
          },
          run.startedBy,
          { ...about(run), stepId: step.id, timedOut: result.timedOut, signal: result.signal },
        ),
      );
      return event.payload.transcriptId as number;
    },
    probeResult: (run, step, display, outcome) =>
      append(run, 'probe.result', `${step.title}: ${outcome.passed ? 'passed' : 'failed'}`, {
        stepId: step.id,
        probe: display,
        type: step.probe.type,
        mode: step.mode,
        withinMs: step.withinMs,
        passed: outcome.passed,
        stopped: outcome.stopped,
        message: outcome.message,
        checks: outcome.checks,
        elapsedMs: outcome.elapsedMs,
      }),
    confirmed: (run, request, by) =>
      journal
        .write(
          appendToDay({
            kind: 'runbook.confirmed',
            actor: by,
            subject: request.command,
            payload: { ...about(run), ...request },
          }),
        )
        .then(() => undefined),
    runFinished: (run) =>
      append(run, 'runbook.finished', `${run.title}: ${run.status}`, {
        title: run.title,
        status: run.status,
        reason: run.reason,
        durationMs: (run.finishedAt ?? run.startedAt) - run.startedAt,
        steps: [...run.steps, ...run.rollbacks].map((step) => ({
          stepId: step.stepId,
          status: step.status,
          exitCode: step.exitCode,
          attempts: step.attempts,
          message: step.message,
        })),
        rollbacks: run.rollbacks.map((step) => step.stepId),
      }),
  };
}

/** What every event of a run carries, so the run and its runbook can be found again. */
function about(run: RunState): Record<string, unknown> {
  return { runId: run.runId, runbookId: run.runbookId, environment: run.environment };
}
