import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Journal, type JournalOptions } from '../../electron/host/journal/journal';

export interface ScratchJournal {
  journal: Journal;
  path: string;
  dir: string;
  /** Closes the journal (committing what is queued) and removes its folder. */
  dispose(): Promise<void>;
}

/** A real journal file in a fresh temporary folder; `prepare` may put a file there first. */
export function scratchJournal(
  options: JournalOptions = {},
  prepare?: (path: string) => void,
): ScratchJournal {
  const dir = mkdtempSync(join(tmpdir(), 'warroom-journal-'));
  const path = join(dir, 'journal.sqlite');
  prepare?.(path);
  const journal = Journal.open(path, options);
  return {
    journal,
    path,
    dir,
    dispose: async () => {
      await journal.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
