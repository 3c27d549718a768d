import type { ActionItem, IssueStatus, IssueSummary, Severity } from '../../../shared/journalTypes';
import type { JournalDatabase } from './openJournalDatabase';
import { statement } from './statementCache';

interface IssueRow {
  id: number;
  day_id: number;
  title: string;
  severity: Severity;
  status: IssueStatus;
  owner: string | null;
  description: string;
  opened_at: number;
  updated_at: number;
  opened_by: string;
}

export interface IssueRecord extends IssueSummary {
  description: string;
}

function issueFromRow(row: IssueRow): IssueRecord {
  return {
    id: row.id,
    dayId: row.day_id,
    title: row.title,
    severity: row.severity,
    status: row.status,
    owner: row.owner,
    description: row.description,
    openedAt: row.opened_at,
    updatedAt: row.updated_at,
    openedBy: row.opened_by,
  };
}

export function issueById(db: JournalDatabase, id: number): IssueRecord | null {
  const row = statement<[number], IssueRow>(db, 'SELECT * FROM issues WHERE id = ?').get(id);
  return row ? issueFromRow(row) : null;
}

/** A day's issues, worst severity first, then in the order they were opened. */
export function issuesOfDay(db: JournalDatabase, dayId: number): IssueRecord[] {
  return statement<[number], IssueRow>(db, 'SELECT * FROM issues WHERE day_id = ? ORDER BY severity, id')
    .all(dayId)
    .map(issueFromRow);
}

export interface NewIssue {
  dayId: number;
  title: string;
  severity: Severity;
  owner: string | null;
  description: string;
  openedBy: string;
}

export function insertIssue(db: JournalDatabase, issue: NewIssue, now: number): number {
  const result = statement(
    db,
    `INSERT INTO issues (day_id, title, severity, status, owner, description, opened_at, updated_at, opened_by)
       VALUES (?, ?, ?, 'open', ?, ?, ?, ?, ?)`,
  ).run(issue.dayId, issue.title, issue.severity, issue.owner, issue.description, now, now, issue.openedBy);
  return Number(result.lastInsertRowid);
}

export type IssueFields = Pick<IssueRecord, 'title' | 'severity' | 'status' | 'owner' | 'description'>;

export function saveIssueFields(db: JournalDatabase, id: number, fields: IssueFields, now: number): void {
  statement(
    db,
    'UPDATE issues SET title = ?, severity = ?, status = ?, owner = ?, description = ?, updated_at = ? WHERE id = ?',
  ).run(fields.title, fields.severity, fields.status, fields.owner, fields.description, now, id);
}

export function linkIssueEvent(db: JournalDatabase, issueId: number, seq: number): void {
  statement(db, 'INSERT OR IGNORE INTO issue_events (issue_id, seq) VALUES (?, ?)').run(issueId, seq);
}

export function linkedEventSeqs(db: JournalDatabase, issueId: number): number[] {
  return statement<[number], { seq: number }>(
    db,
    'SELECT seq FROM issue_events WHERE issue_id = ? ORDER BY seq',
  )
    .all(issueId)
    .map((row) => row.seq);
}

export function insertActionItem(
  db: JournalDatabase,
  issueId: number,
  item: Omit<ActionItem, 'id'>,
  now: number,
): ActionItem {
  const result = statement(
    db,
    'INSERT INTO action_items (issue_id, text, owner, due, created_at) VALUES (?, ?, ?, ?, ?)',
  ).run(issueId, item.text, item.owner, item.due, now);
  return { id: Number(result.lastInsertRowid), ...item };
}

export function actionItemsOf(db: JournalDatabase, issueId: number): ActionItem[] {
  return statement<[number], ActionItem>(
    db,
    'SELECT id, text, owner, due FROM action_items WHERE issue_id = ? ORDER BY id',
  ).all(issueId);
}
