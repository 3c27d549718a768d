import { ApiError } from '../../../shared/apiErrors';
import type {
  ActionItem,
  EventKind,
  IssueStatus,
  IssueSummary,
  Severity,
  SnapshotContent,
} from '../../../shared/journalTypes';
import type { WriteOperation, WriteTransaction } from './eventWriter';
import {
  type IssueFields,
  type IssueRecord,
  insertActionItem,
  insertIssue,
  issueById,
  linkIssueEvent,
  saveIssueFields,
} from './issueRecords';
import { dayForAppend, snapshotPanels } from './journalWrites';
import { eventsBySeq } from './timelineQuery';

/** Changes to issues: each one an event on the issue's own day, linked into its history. */

export interface IssueInput {
  title: string;
  severity: Severity;
  owner?: string;
  description?: string;
  linkedEvents?: number[];
}

/** Opens an issue and freezes the panels beside it, in one commit. */
export function logIssue(
  input: IssueInput,
  actor: string,
  panels: SnapshotContent,
): WriteOperation<IssueSummary> {
  return (tx) => {
    const day = dayForAppend(tx, actor);
    const issueId = insertIssue(
      tx.db,
      {
        dayId: day.id,
        title: input.title,
        severity: input.severity,
        owner: input.owner ?? null,
        description: input.description ?? '',
        openedBy: actor,
      },
      tx.now,
    );
    const opened = tx.append({
      dayId: day.id,
      kind: 'issue.opened',
      actor,
      subject: input.title,
      severity: input.severity,
      payload: { issueId, title: input.title, owner: input.owner, description: input.description },
    });
    linkIssueEvent(tx.db, issueId, opened.seq);
    for (const seq of input.linkedEvents ?? []) linkExisting(tx, issueId, seq);
    snapshotPanels(tx, day.id, `Issue #${issueId}: ${input.title}`, panels, actor, issueId);
    return requireIssue(tx, issueId);
  };
}

export interface IssueChanges {
  id: number;
  title?: string;
  severity?: Severity;
  status?: IssueStatus;
  owner?: string | null;
  description?: string;
  comment?: string;
}

export function updateIssue(changes: IssueChanges, actor: string): WriteOperation<IssueSummary> {
  return (tx) => {
    const issue = requireIssue(tx, changes.id);
    const next: IssueFields = {
      title: changes.title ?? issue.title,
      severity: changes.severity ?? issue.severity,
      status: changes.status ?? issue.status,
      owner: changes.owner === undefined ? issue.owner : changes.owner,
      description: changes.description ?? issue.description,
    };
    const changed = Object.fromEntries(
      (Object.keys(next) as Array<keyof IssueFields>)
        .filter((field) => next[field] !== issue[field])
        .map((field) => [field, { from: issue[field], to: next[field] }]),
    );
    if (Object.keys(changed).length === 0 && !changes.comment) {
      throw new ApiError('bad_request', `issue #${issue.id} already has those values: nothing to record`);
    }
    saveIssueFields(tx.db, issue.id, next, tx.now);
    const resolved = next.status === 'resolved' && issue.status !== 'resolved';
    appendIssueEvent(tx, { ...issue, ...next }, resolved ? 'issue.resolved' : 'issue.updated', actor, {
      changes: changed,
      comment: changes.comment,
    });
    return requireIssue(tx, issue.id);
  };
}

export function addActionItem(
  input: { issueId: number; text: string; owner?: string; due?: string },
  actor: string,
): WriteOperation<ActionItem> {
  return (tx) => {
    const issue = requireIssue(tx, input.issueId);
    const item = insertActionItem(
      tx.db,
      issue.id,
      { text: input.text, owner: input.owner ?? null, due: input.due ?? null },
      tx.now,
    );
    appendIssueEvent(tx, issue, 'issue.updated', actor, { actionItem: item });
    return item;
  };
}

export function linkEvent(issueId: number, seq: number, actor: string): WriteOperation<null> {
  return (tx) => {
    const issue = requireIssue(tx, issueId);
    linkExisting(tx, issue.id, seq);
    appendIssueEvent(tx, issue, 'issue.updated', actor, { linkedSeq: seq });
    return null;
  };
}

/** An event in the issue's history, carrying its title and severity at that moment. */
function appendIssueEvent(
  tx: WriteTransaction,
  issue: IssueRecord,
  kind: EventKind,
  actor: string,
  payload: Record<string, unknown>,
): void {
  const event = tx.append({
    dayId: issue.dayId,
    kind,
    actor,
    subject: issue.title,
    severity: issue.severity,
    payload: { issueId: issue.id, ...payload },
  });
  linkIssueEvent(tx.db, issue.id, event.seq);
}

function requireIssue(tx: WriteTransaction, id: number): IssueRecord {
  const issue = issueById(tx.db, id);
  if (!issue) throw new ApiError('not_found', `there is no issue #${id}`);
  return issue;
}

function linkExisting(tx: WriteTransaction, issueId: number, seq: number): void {
  if (eventsBySeq(tx.db, [seq]).length === 0)
    throw new ApiError('not_found', `there is no event #${seq} to link`);
  linkIssueEvent(tx.db, issueId, seq);
}
