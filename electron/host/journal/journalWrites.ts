import { ApiError } from '../../../shared/apiErrors';
import type {
  DayInfo,
  Decision,
  JournalEvent,
  SnapshotContent,
  SnapshotSummary,
} from '../../../shared/journalTypes';
import {
  currentDay,
  dayById,
  insertDay,
  markDayEnded,
  type NewDay,
  openDayId,
  setDayDecision,
} from './dayRecords';
import type { EventDraft, WriteOperation, WriteTransaction } from './eventWriter';
import { linkIssueEvent } from './issueRecords';
import { SYSTEM_ACTOR } from './journalConstants';
import { insertSnapshot } from './snapshotRecords';
import { eventsBySeq } from './timelineQuery';
import { insertTranscript, type NewTranscript } from './transcriptRecords';

/**
 * Every change to the journal, as an operation the event writer runs inside a transaction:
 * the events and the rows they describe are committed together or not at all.
 */

/** An event for the day being recorded; one is started if none is. */
export type DayEventDraft = Omit<EventDraft, 'dayId'>;

/** The open day per commit: looked up once, not per event (a burst of appends shares a commit). */
const openDayOfCommit = new WeakMap<WriteTransaction, number>();

export function startDay(day: NewDay, actor: string): WriteOperation<DayInfo> {
  return (tx) => {
    const open = currentDay(tx.db);
    if (open) {
      throw new ApiError(
        'bad_request',
        `day "${open.name}" is still being recorded: end it before starting another`,
      );
    }
    return beginDay(tx, day, actor, false);
  };
}

export function endDay(
  ending: { decision?: Decision; reason?: string },
  actor: string,
): WriteOperation<DayInfo> {
  return (tx) => {
    const day = requireCurrentDay(tx);
    if (ending.decision) decide(tx, day, ending.decision, ending.reason ?? '', actor);
    tx.append({
      dayId: day.id,
      kind: 'day.ended',
      actor,
      subject: `Ended ${day.name}`,
      payload: { decision: ending.decision ?? day.decision },
    });
    markDayEnded(tx.db, day.id, tx.now);
    openDayOfCommit.delete(tx);
    return reread(tx, day.id);
  };
}

export function recordDecision(
  decision: Decision,
  reason: string,
  actor: string,
): WriteOperation<JournalEvent> {
  return (tx) => decide(tx, requireCurrentDay(tx), decision, reason, actor);
}

export function appendToDay(draft: DayEventDraft): WriteOperation<JournalEvent> {
  return (tx) =>
    tx.append({
      dayId: dayForAppend(tx, draft.actor).id,
      kind: draft.kind,
      actor: draft.actor,
      subject: draft.subject,
      severity: draft.severity,
      payload: draft.payload,
      time: draft.time,
    });
}

/** A criterion overridden by a person, with why; on the day being recorded, before its decision. */
export function overrideCriterion(
  criterion: string,
  reason: string,
  actor: string,
): WriteOperation<JournalEvent> {
  return (tx) => {
    const day = requireCurrentDay(tx);
    return tx.append({
      dayId: day.id,
      kind: 'signoff.overridden',
      actor,
      subject: `Sign-off criterion "${criterion}" overridden: ${reason}`,
      payload: { criterion, reason },
    });
  };
}

export function addNote(text: string, actor: string, corrects?: number): WriteOperation<JournalEvent> {
  return (tx) => {
    if (corrects !== undefined && eventsBySeq(tx.db, [corrects]).length === 0) {
      throw new ApiError('not_found', `there is no event #${corrects} to correct`);
    }
    const day = dayForAppend(tx, actor);
    return tx.append({ dayId: day.id, kind: 'note', actor, subject: text, payload: { text, corrects } });
  };
}

export function takeSnapshot(
  label: string,
  panels: SnapshotContent,
  actor: string,
): WriteOperation<SnapshotSummary> {
  return (tx) => snapshotPanels(tx, dayForAppend(tx, actor).id, label, panels, actor, null);
}

/** A finished command: its transcript, and the event that vouches for it by hash. */
export function recordCommandFinished(
  transcript: Omit<NewTranscript, 'dayId'>,
  actor: string,
  /** More about the command: the run and step a runbook's command belongs to. */
  about: Record<string, unknown> = {},
): WriteOperation<JournalEvent> {
  return (tx) => {
    const day = dayForAppend(tx, actor);
    const stored = insertTranscript(tx.db, {
      ...transcript,
      command: tx.redact(transcript.command),
      output: tx.redact(transcript.output),
      dayId: day.id,
    });
    return tx.append({
      dayId: day.id,
      kind: 'command.finished',
      actor,
      subject: transcript.command,
      payload: {
        terminalId: transcript.terminalId,
        command: transcript.command,
        exitCode: transcript.exitCode,
        durationMs: transcript.finishedAt - transcript.startedAt,
        transcriptId: stored.id,
        transcriptHash: stored.hash,
        truncated: transcript.truncated,
        ...about,
      },
    });
  };
}

export function snapshotPanels(
  tx: WriteTransaction,
  dayId: number,
  label: string,
  panels: SnapshotContent,
  actor: string,
  issueId: number | null,
): SnapshotSummary {
  const stored = insertSnapshot(tx.db, { dayId, label, issueId, content: panels });
  const event = tx.append({
    dayId,
    kind: 'snapshot.taken',
    actor,
    subject: label,
    payload: {
      snapshotId: stored.summary.id,
      issueId,
      panelCount: stored.summary.panelCount,
      contentHash: stored.contentHash,
    },
  });
  if (issueId !== null) linkIssueEvent(tx.db, issueId, event.seq);
  return stored.summary;
}

function decide(
  tx: WriteTransaction,
  day: DayInfo,
  decision: Decision,
  reason: string,
  actor: string,
): JournalEvent {
  setDayDecision(tx.db, day.id, decision, reason);
  return tx.append({
    dayId: day.id,
    kind: 'decision',
    actor,
    subject: `${decision === 'go' ? 'Go' : 'No-go'}: ${reason}`,
    payload: { decision, reason },
  });
}

function beginDay(tx: WriteTransaction, day: NewDay, actor: string, automatic: boolean): DayInfo {
  const id = insertDay(tx.db, day, tx.now);
  openDayOfCommit.set(tx, id);
  tx.append({
    dayId: id,
    kind: 'day.started',
    actor,
    subject: `Started ${day.name}`,
    payload: { name: day.name, environment: day.environment, operators: day.operators, automatic },
  });
  return reread(tx, id);
}

/** Nothing is dropped for want of a day: an event with none open starts one, named for the date. */
export function dayForAppend(tx: WriteTransaction, actor: string): { id: number } {
  const id = openDayOfCommit.get(tx) ?? openDayId(tx.db);
  if (id !== null) {
    openDayOfCommit.set(tx, id);
    return { id };
  }
  const date = new Date(tx.now).toISOString().slice(0, 10);
  return beginDay(
    tx,
    { name: `Unplanned ${date}`, environment: 'unspecified', operators: [actor] },
    SYSTEM_ACTOR,
    true,
  );
}

function requireCurrentDay(tx: WriteTransaction): DayInfo {
  const day = currentDay(tx.db);
  if (!day) throw new ApiError('bad_request', 'no test day is being recorded: start one first');
  return day;
}

function reread(tx: WriteTransaction, dayId: number): DayInfo {
  const day = dayById(tx.db, dayId);
  if (!day) throw new Error(`day ${dayId} vanished inside its own transaction`);
  return day;
}
