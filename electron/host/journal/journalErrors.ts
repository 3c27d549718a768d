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
