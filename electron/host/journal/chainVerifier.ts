import { eventHash } from './eventHash';
import type { EventRow } from './eventRows';
import { EVENT_COLUMNS } from './eventRows';
import { GENESIS_HASH } from './journalConstants';
import type { JournalDatabase } from './openJournalDatabase';
import { snapshotHashes } from './snapshotRecords';
import { transcriptHashes } from './transcriptRecords';

export interface ChainProblem {
  /** The first event that is not as it was recorded (for a deletion: the first missing one). */
  seq: number;
  message: string;
}

export interface VerifyResult {
  eventsChecked: number;
  problem: ChainProblem | null;
}

/**
 * Walks the hash chain from the first event: any edit, deletion or reordering breaks it at
 * the first event affected, which is the one named. Snapshot and transcript contents are
 * checked against the hashes their events recorded.
 */
export function verifyChain(db: JournalDatabase): VerifyResult {
  let expectedSeq = 1;
  let previousHash = GENESIS_HASH;
  let checked = 0;
  const snapshots = snapshotHashes(db);
  const transcripts = transcriptHashes(db);
  const rows = db.prepare<[], EventRow>(`SELECT ${EVENT_COLUMNS} FROM events ORDER BY seq`).iterate();
  for (const row of rows) {
    const problem =
      gapProblem(row, expectedSeq) ??
      contentProblem(row) ??
      linkProblem(row, previousHash) ??
      vouchedContentProblem(row, snapshots, transcripts);
    if (problem) {
      rows.return?.();
      return { eventsChecked: checked, problem };
    }
    checked += 1;
    expectedSeq = row.seq + 1;
    previousHash = row.hash;
  }
  const head = db
    .prepare<[], { seq: number; hash: string }>('SELECT seq, hash FROM chain_head WHERE id = 1')
    .get();
  if (!head || head.seq !== expectedSeq - 1 || head.hash !== previousHash) {
    const headSeq = head?.seq ?? 0;
    const message =
      headSeq >= expectedSeq
        ? `${missingRange(expectedSeq, headSeq)} missing: the journal recorded ${headSeq} events but only ${expectedSeq - 1} remain`
        : `the journal's head (event #${headSeq}) does not match its last event #${expectedSeq - 1}: the chain was tampered with`;
    return { eventsChecked: checked, problem: { seq: Math.min(expectedSeq, Math.max(headSeq, 1)), message } };
  }
  return { eventsChecked: checked, problem: null };
}

function describe(row: EventRow): string {
  return `event #${row.seq} (${row.kind} at ${new Date(row.time).toISOString()})`;
}

function gapProblem(row: EventRow, expectedSeq: number): ChainProblem | null {
  if (row.seq === expectedSeq) return null;
  return {
    seq: expectedSeq,
    message: `${missingRange(expectedSeq, row.seq - 1)} missing: deleted before ${describe(row)}`,
  };
}

function missingRange(first: number, last: number): string {
  return first === last ? `event #${first} is` : `events #${first} to #${last} are`;
}

function contentProblem(row: EventRow): ChainProblem | null {
  const expected = eventHash({
    seq: row.seq,
    dayId: row.day_id,
    time: row.time,
    kind: row.kind,
    actor: row.actor,
    subject: row.subject,
    severity: row.severity,
    payloadText: row.payload,
    prevHash: row.prev_hash,
  });
  if (expected === row.hash) return null;
  return {
    seq: row.seq,
    message: `${describe(row)} was altered or moved: its content does not match its hash`,
  };
}

function linkProblem(row: EventRow, previousHash: string): ChainProblem | null {
  if (row.prev_hash === previousHash) return null;
  return {
    seq: row.seq,
    message: `${describe(row)} does not follow the event before it: an earlier event was altered, removed or reordered`,
  };
}

function vouchedContentProblem(
  row: EventRow,
  snapshots: Map<number, { stored: string; actual: string }>,
  transcripts: Map<number, string>,
): ChainProblem | null {
  if (row.kind !== 'snapshot.taken' && row.kind !== 'command.finished') return null;
  const payload = JSON.parse(row.payload) as Record<string, unknown>;
  if (row.kind === 'snapshot.taken' && typeof payload.snapshotId === 'number') {
    const hashes = snapshots.get(payload.snapshotId);
    if (hashes?.actual !== payload.contentHash) {
      return {
        seq: row.seq,
        message: `snapshot ${payload.snapshotId} of ${describe(row)} is missing or was altered`,
      };
    }
  }
  if (row.kind === 'command.finished' && typeof payload.transcriptId === 'number') {
    if (transcripts.get(payload.transcriptId) !== payload.transcriptHash) {
      return {
        seq: row.seq,
        message: `transcript ${payload.transcriptId} of ${describe(row)} is missing or was altered`,
      };
    }
  }
  return null;
}
