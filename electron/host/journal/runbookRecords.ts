import type { JournalEvent } from '../../../shared/journalTypes';
import type { CheckState, RunStatus, RunSummary, StepRunStatus } from '../../../shared/runbookRunTypes';
import { EVENT_COLUMNS, type EventRow, eventFromRow } from './eventRows';
import type { JournalDatabase } from './openJournalDatabase';
import { statement } from './statementCache';

/** Runbook runs and checklist ticks, read back from the events that recorded them. */

const RUN_EVENTS_OF_RUNBOOK = `SELECT ${EVENT_COLUMNS} FROM events
  WHERE kind IN ('runbook.started', 'runbook.finished') AND json_extract(payload, '$.runbookId') = ?
  ORDER BY seq DESC LIMIT ?`;

const LAST_FINISHED_PER_RUNBOOK = `SELECT ${EVENT_COLUMNS} FROM events
  WHERE seq IN (SELECT max(seq) FROM events WHERE kind = 'runbook.finished'
                GROUP BY json_extract(payload, '$.runbookId'))`;

const STARTED_WITHOUT_FINISH = `SELECT ${EVENT_COLUMNS} FROM events AS started
  WHERE started.kind = 'runbook.started' AND NOT EXISTS (
    SELECT 1 FROM events AS finished WHERE finished.kind = 'runbook.finished'
      AND json_extract(finished.payload, '$.runId') = json_extract(started.payload, '$.runId'))`;

const TICKS_OF_DAY = `SELECT ${EVENT_COLUMNS} FROM events
  WHERE day_id = ? AND kind = 'checklist.ticked' AND json_extract(payload, '$.runbookId') = ?
  ORDER BY seq`;

/** The runbook's runs, newest first, each from its start and (when it ended) its finish. */
export function runHistory(db: JournalDatabase, runbookId: string, limit: number): RunSummary[] {
  // A run has two events; reading twice the limit finds `limit` runs unless many are unfinished.
  const rows = statement<[string, number], EventRow>(db, RUN_EVENTS_OF_RUNBOOK).all(runbookId, limit * 2);
  const finishes = new Map<string, JournalEvent>();
  const runs: RunSummary[] = [];
  for (const event of rows.map(eventFromRow)) {
    const runId = String(event.payload.runId);
    if (event.kind === 'runbook.finished') finishes.set(runId, event);
    else runs.push(runSummary(event, finishes.get(runId) ?? null));
  }
  return runs.slice(0, limit);
}

/** The last finished run of every runbook that has one, by runbook id. */
export function lastRuns(
  db: JournalDatabase,
): Map<string, { status: RunStatus; finishedAt: number; by: string }> {
  const rows = statement<[], EventRow>(db, LAST_FINISHED_PER_RUNBOOK).all();
  return new Map(
    rows
      .map(eventFromRow)
      .map((event) => [
        String(event.payload.runbookId),
        { status: event.payload.status as RunStatus, finishedAt: event.time, by: event.actor },
      ]),
  );
}

/** The runs.started events that have no runbook.finished: runs a host that went away left open. */
export function unfinishedRuns(db: JournalDatabase): JournalEvent[] {
  return statement<[], EventRow>(db, STARTED_WITHOUT_FINISH).all().map(eventFromRow);
}

/** Each check's latest tick or untick on the day. */
export function ticksOfDay(db: JournalDatabase, dayId: number, runbookId: string): CheckState[] {
  const latest = new Map<string, CheckState>();
  for (const event of statement<[number, string], EventRow>(db, TICKS_OF_DAY)
    .all(dayId, runbookId)
    .map(eventFromRow)) {
    const stepId = String(event.payload.stepId);
    latest.set(stepId, { stepId, checked: event.payload.checked === true, by: event.actor, at: event.time });
  }
  return [...latest.values()];
}

function runSummary(started: JournalEvent, finished: JournalEvent | null): RunSummary {
  const payload = started.payload;
  const stepResults = (finished?.payload.steps ?? []) as {
    stepId: string;
    status: StepRunStatus;
    exitCode: number | null;
  }[];
  const titles = (payload.titles ?? {}) as Record<string, string>;
  return {
    runId: String(payload.runId),
    runbookId: String(payload.runbookId),
    environment: String(payload.environment),
    startedBy: started.actor,
    startedAt: started.time,
    finishedAt: finished?.time ?? null,
    status: finished ? (finished.payload.status as RunStatus) : 'running',
    reason: finished ? ((finished.payload.reason as string | null) ?? null) : null,
    steps: stepResults.map((step) => ({
      stepId: step.stepId,
      title: titles[step.stepId] ?? step.stepId,
      status: step.status,
      exitCode: step.exitCode,
    })),
  };
}
