/** Why a journal file could not be used, for a message that names the file. */
export type JournalOpenProblem = 'not-a-journal' | 'corrupt' | 'newer-schema' | 'older-schema' | 'unreadable';

/** A journal file that cannot be opened; the file itself is left as it was. */
export class JournalOpenError extends Error {
  constructor(
    readonly path: string,
    readonly problem: JournalOpenProblem,
    detail: string,
  ) {
    super(`journal ${path}: ${detail}`);
    this.name = 'JournalOpenError';
  }
}

/** SQLite's code when a write finds no room: the disk is full, or the file reached its size limit. */
const SQLITE_FULL = 'SQLITE_FULL';

/** True for a write that failed because the journal's disk (or its size limit) has no room left. */
export function isJournalFull(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === SQLITE_FULL;
}

/** What the console says while the journal cannot grow: the file, the cause, and that nothing is lost. */
export function journalFullProblem(path: string): string {
  return `the disk holding the journal ${path} is full: nothing new is recorded until space is freed; everything recorded before is kept and can still be read and exported`;
}
