import { gunzipSync, gzipSync } from 'node:zlib';
import {
  type SnapshotContent,
  type SnapshotSummary,
  snapshotContentSchema,
} from '../../../shared/journalTypes';
import { contentHash } from './eventHash';
import type { JournalDatabase } from './openJournalDatabase';
import { statement } from './statementCache';

interface SnapshotRow {
  id: number;
  day_id: number;
  taken_at: number;
  label: string;
  issue_id: number | null;
  panel_count: number;
  stored_bytes: number;
}

const SUMMARY_COLUMNS = 'id, day_id, taken_at, label, issue_id, panel_count, length(content) AS stored_bytes';

function summaryFromRow(row: SnapshotRow): SnapshotSummary {
  return {
    id: row.id,
    dayId: row.day_id,
    takenAt: row.taken_at,
    label: row.label,
    issueId: row.issue_id,
    panelCount: row.panel_count,
    storedBytes: row.stored_bytes,
  };
}

export interface StoredSnapshot {
  summary: SnapshotSummary;
  /** SHA-256 of the compressed content; the snapshot.taken event carries it too. */
  contentHash: string;
}

export function insertSnapshot(
  db: JournalDatabase,
  snapshot: { dayId: number; label: string; issueId: number | null; content: SnapshotContent },
): StoredSnapshot {
  const compressed = gzipSync(JSON.stringify(snapshot.content));
  const hash = contentHash(compressed);
  const result = statement(
    db,
    `INSERT INTO snapshots (day_id, taken_at, label, issue_id, panel_count, content, content_hash)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    snapshot.dayId,
    snapshot.content.takenAt,
    snapshot.label,
    snapshot.issueId,
    snapshot.content.panels.length,
    compressed,
    hash,
  );
  const summary = snapshotSummary(db, Number(result.lastInsertRowid));
  if (!summary) throw new Error('the snapshot just stored cannot be read back');
  return { summary, contentHash: hash };
}

export function snapshotSummary(db: JournalDatabase, id: number): SnapshotSummary | null {
  const row = statement<[number], SnapshotRow>(
    db,
    `SELECT ${SUMMARY_COLUMNS} FROM snapshots WHERE id = ?`,
  ).get(id);
  return row ? summaryFromRow(row) : null;
}

export function snapshotsOfDay(db: JournalDatabase, dayId: number): SnapshotSummary[] {
  return statement<[number], SnapshotRow>(
    db,
    `SELECT ${SUMMARY_COLUMNS} FROM snapshots WHERE day_id = ? ORDER BY id`,
  )
    .all(dayId)
    .map(summaryFromRow);
}

export function snapshotsOfIssue(db: JournalDatabase, issueId: number): SnapshotSummary[] {
  return statement<[number], SnapshotRow>(
    db,
    `SELECT ${SUMMARY_COLUMNS} FROM snapshots WHERE issue_id = ? ORDER BY id`,
  )
    .all(issueId)
    .map(summaryFromRow);
}

export function snapshotContent(db: JournalDatabase, id: number): SnapshotContent | null {
  const row = statement<[number], { content: Buffer }>(db, 'SELECT content FROM snapshots WHERE id = ?').get(
    id,
  );
  if (!row) return null;
  return snapshotContentSchema.parse(JSON.parse(gunzipSync(row.content).toString('utf8')));
}

/** Every snapshot's stored hash and a fresh hash of its bytes, for the verifier. */
export function snapshotHashes(db: JournalDatabase): Map<number, { stored: string; actual: string }> {
  const hashes = new Map<number, { stored: string; actual: string }>();
  for (const row of statement<[], { id: number; content: Buffer; content_hash: string }>(
    db,
    'SELECT id, content, content_hash FROM snapshots',
  ).iterate()) {
    hashes.set(row.id, { stored: row.content_hash, actual: contentHash(row.content) });
  }
  return hashes;
}
