import { gunzipSync, gzipSync } from 'node:zlib';
import type { TranscriptSummary } from '../../../shared/journalTypes';
import { plainTerminalText } from './ansiText';
import { contentHash } from './eventHash';
import { MAX_TRANSCRIPT_PLAIN_CHARS } from './journalConstants';
import type { JournalDatabase } from './openJournalDatabase';
import { statement } from './statementCache';

interface TranscriptRow {
  id: number;
  day_id: number;
  terminal_id: string;
  command: string;
  started_at: number;
  finished_at: number;
  exit_code: number | null;
  chars: number;
  truncated: 0 | 1;
}

const SUMMARY_COLUMNS =
  'id, day_id, terminal_id, command, started_at, finished_at, exit_code, chars, truncated';

function summaryFromRow(row: TranscriptRow): TranscriptSummary {
  return {
    id: row.id,
    dayId: row.day_id,
    terminalId: row.terminal_id,
    command: row.command,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    exitCode: row.exit_code,
    chars: row.chars,
    truncated: row.truncated === 1,
  };
}

export interface NewTranscript {
  dayId: number;
  terminalId: string;
  command: string;
  cwd: string | null;
  startedAt: number;
  finishedAt: number;
  exitCode: number | null;
  /** Raw pty output, already capped by the terminal. */
  output: string;
  truncated: boolean;
}

/** Stores a finished command's output (raw, compressed) and its plain text for search. */
export function insertTranscript(
  db: JournalDatabase,
  transcript: NewTranscript,
): { id: number; hash: string } {
  const compressed = gzipSync(transcript.output);
  const result = statement(
    db,
    `INSERT INTO transcripts
         (day_id, terminal_id, command, cwd, started_at, finished_at, exit_code, output, chars, truncated)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    transcript.dayId,
    transcript.terminalId,
    transcript.command,
    transcript.cwd,
    transcript.startedAt,
    transcript.finishedAt,
    transcript.exitCode,
    compressed,
    transcript.output.length,
    transcript.truncated ? 1 : 0,
  );
  const id = Number(result.lastInsertRowid);
  const plain = plainTerminalText(transcript.output).slice(0, MAX_TRANSCRIPT_PLAIN_CHARS);
  statement(db, 'INSERT INTO transcript_text (rowid, plain) VALUES (?, ?)').run(
    id,
    `${transcript.command}\n${plain}`,
  );
  return { id, hash: contentHash(compressed) };
}

/** A day's transcripts in order; with a search, only those whose command or output contains it. */
export function transcriptsOfDay(db: JournalDatabase, dayId: number, search?: string): TranscriptSummary[] {
  if (!search) {
    return statement<[number], TranscriptRow>(
      db,
      `SELECT ${SUMMARY_COLUMNS} FROM transcripts WHERE day_id = ? ORDER BY id`,
    )
      .all(dayId)
      .map(summaryFromRow);
  }
  return statement<[number, string], TranscriptRow>(
    db,
    `SELECT ${SUMMARY_COLUMNS} FROM transcripts
       WHERE day_id = ? AND id IN (SELECT rowid FROM transcript_text WHERE plain LIKE ? ESCAPE '\\')
       ORDER BY id`,
  )
    .all(dayId, `%${escapeLike(search)}%`)
    .map(summaryFromRow);
}

export function transcriptById(
  db: JournalDatabase,
  id: number,
): { summary: TranscriptSummary; text: string } | null {
  const row = statement<[number], TranscriptRow & { output: Buffer }>(
    db,
    `SELECT ${SUMMARY_COLUMNS}, output FROM transcripts WHERE id = ?`,
  ).get(id);
  if (!row) return null;
  return { summary: summaryFromRow(row), text: plainTerminalText(gunzipSync(row.output).toString('utf8')) };
}

/** Every transcript's fresh hash of its stored bytes, for the verifier. */
export function transcriptHashes(db: JournalDatabase): Map<number, string> {
  const hashes = new Map<number, string>();
  for (const row of statement<[], { id: number; output: Buffer }>(
    db,
    'SELECT id, output FROM transcripts',
  ).iterate()) {
    hashes.set(row.id, contentHash(row.output));
  }
  return hashes;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
