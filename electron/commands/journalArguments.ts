import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { Journal } from '../host/journal/journal';
import { defaultJournalPath, ensureJournalFolder } from '../host/journal/journalLocation';

/** The option every journal command takes, for parseArgs. */
export const JOURNAL_OPTION = { journal: { type: 'string' } } as const;

export const JOURNAL_OPTION_USAGE =
  '--journal FILE    the journal (default: $WARROOM_JOURNAL, else journal.sqlite in your data folder)';

/** Opens the journal a command names, creating it for commands that record. */
export function openCommandJournal(option: string | undefined, mode: 'record' | 'read'): Journal {
  const path = resolve(option ?? defaultJournalPath());
  if (mode === 'read') {
    if (!existsSync(path)) throw new Error(`there is no journal at ${path}`);
    return Journal.open(path, { readonly: true });
  }
  ensureJournalFolder(path);
  return Journal.open(path);
}

/** Runs a command's work on an open journal and always closes it, committing what is queued. */
export async function withJournal<T>(
  journal: Journal,
  work: (journal: Journal) => Promise<T> | T,
): Promise<T> {
  try {
    return await work(journal);
  } finally {
    await journal.close();
  }
}
