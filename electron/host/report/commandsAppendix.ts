import type { JournalEvent } from '../../../shared/journalTypes';
import type { CommandsAppendix, ReportCommand } from '../../../shared/report/reportModel';
import { numberField, stringField } from './payloadFields';

/**
 * Every command run on the day: each command.started paired with the first later command.finished
 * of the same terminal and command text; a start with none is marked unfinished, a finish with no
 * start (a journal cut short) is listed from the finish alone.
 */
export function commandsAppendix(events: readonly JournalEvent[]): CommandsAppendix {
  const open = new Map<string, ReportCommand[]>();
  const commands: ReportCommand[] = [];
  for (const event of events) {
    if (event.kind === 'command.started') {
      const command = fromStart(event);
      commands.push(command);
      const key = pairKey(event);
      open.set(key, [...(open.get(key) ?? []), command]);
    } else if (event.kind === 'command.finished') {
      const waiting = open.get(pairKey(event));
      const command = waiting?.shift();
      if (command) finish(command, event);
      else commands.push(finish(fromFinishAlone(event), event));
    }
  }
  return { commands };
}

function pairKey(event: JournalEvent): string {
  return JSON.stringify([stringField(event.payload, 'terminalId'), commandText(event)]);
}

function commandText(event: JournalEvent): string {
  return stringField(event.payload, 'command') ?? event.subject;
}

function fromStart(event: JournalEvent): ReportCommand {
  return {
    command: commandText(event),
    terminalId: stringField(event.payload, 'terminalId') ?? '',
    cwd: stringField(event.payload, 'cwd'),
    actor: event.actor,
    startedAtMs: event.time,
    finishedAtMs: null,
    exitCode: null,
    durationMs: null,
    unfinished: true,
    runId: stringField(event.payload, 'runId'),
    stepId: stringField(event.payload, 'stepId'),
    transcriptId: null,
    evidence: [event.seq],
  };
}

function fromFinishAlone(event: JournalEvent): ReportCommand {
  const durationMs = numberField(event.payload, 'durationMs') ?? 0;
  return { ...fromStart(event), startedAtMs: event.time - durationMs, evidence: [] };
}

function finish(command: ReportCommand, event: JournalEvent): ReportCommand {
  command.finishedAtMs = event.time;
  command.exitCode = numberField(event.payload, 'exitCode');
  command.durationMs = numberField(event.payload, 'durationMs');
  command.unfinished = false;
  command.transcriptId = numberField(event.payload, 'transcriptId');
  command.runId ??= stringField(event.payload, 'runId');
  command.stepId ??= stringField(event.payload, 'stepId');
  command.evidence.push(event.seq);
  return command;
}
