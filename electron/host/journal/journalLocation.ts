import { mkdirSync } from 'node:fs';
import { homedir, userInfo } from 'node:os';
import { dirname, join } from 'node:path';

/** The environment variable that points every Warroom command at one journal file. */
export const JOURNAL_ENV = 'WARROOM_JOURNAL';

/**
 * The journal file used when none is named: $WARROOM_JOURNAL, else `journal.sqlite` in the
 * user's data folder (XDG on Linux, Application Support on macOS, %APPDATA% on Windows).
 */
export function defaultJournalPath(env: NodeJS.ProcessEnv = process.env): string {
  const chosen = env[JOURNAL_ENV]?.trim();
  if (chosen) return chosen;
  return join(userDataFolder(env), 'journal.sqlite');
}

function userDataFolder(env: NodeJS.ProcessEnv): string {
  if (process.platform === 'win32')
    return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Warroom');
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Warroom');
  return join(env.XDG_DATA_HOME || join(homedir(), '.local', 'share'), 'warroom');
}

/** Creates the journal's folder, private to the user, if it is missing. */
export function ensureJournalFolder(path: string): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
}

/** The operator name used when nobody has said who they are: the OS account. */
export function osUserName(): string {
  try {
    return userInfo().username || 'operator';
  } catch {
    return 'operator';
  }
}
