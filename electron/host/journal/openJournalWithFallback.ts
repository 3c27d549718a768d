import { basename, dirname, extname, join } from 'node:path';
import { Journal, type JournalOptions } from './journal';
import { JournalOpenError } from './journalErrors';
import { ensureJournalFolder } from './journalLocation';

export interface OpenedJournal {
  journal: Journal;
  /** Why the journal in use is not the one asked for; null when it is. */
  problem: string | null;
}

/**
 * The console must start even when its journal cannot be opened: it records to a new file
 * beside the unusable one, which is left untouched, and says so.
 */
export function openJournalWithFallback(path: string, options: JournalOptions = {}): OpenedJournal {
  ensureJournalFolder(path);
  try {
    return { journal: Journal.open(path, options), problem: null };
  } catch (error) {
    if (!(error instanceof JournalOpenError)) throw error;
    const fallback = fallbackPath(path, new Date());
    const journal = Journal.open(fallback, options);
    return {
      journal,
      problem: `${error.message}. Recording to ${fallback} instead; the original file was not changed.`,
    };
  }
}

function fallbackPath(path: string, now: Date): string {
  const extension = extname(path) || '.sqlite';
  const stem = basename(path, extname(path));
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  return join(dirname(path), `${stem}.new-${stamp}${extension}`);
}
