import { closeSync, openSync, readSync } from 'node:fs';
import Database from 'better-sqlite3';
import { BUSY_TIMEOUT_MS, PAGE_CACHE_KIB } from './journalConstants';
import { JournalOpenError } from './journalErrors';
import { CURRENT_SCHEMA_VERSION, SCHEMA_MIGRATIONS } from './schemaMigrations';

export type JournalDatabase = Database.Database;

export interface OpenJournalOptions {
  /**
   * better-sqlite3's compiled addon to load instead of the one in node_modules: the desktop app
   * passes the build made for Electron's ABI (scripts/start-desktop.mjs sets WARROOM_SQLITE_BINDING).
   */
  nativeBinding?: string;
  /** Open an existing journal for reading only: nothing is created, migrated or written. */
  readonly?: boolean;
}

/** Every SQLite 3 file starts with these 16 bytes. */
const SQLITE_HEADER = 'SQLite format 3\0';

/**
 * Opens (creating it if needed) and migrates a journal file. Refuses, without writing to it,
 * a file that is not SQLite, is corrupt, is some other program's database, or was written by
 * a newer Warroom.
 */
export function openJournalDatabase(path: string, options: OpenJournalOptions = {}): JournalDatabase {
  refuseForeignFile(path);
  let db: JournalDatabase;
  try {
    db = new Database(path, {
      nativeBinding: options.nativeBinding,
      readonly: options.readonly ?? false,
      fileMustExist: options.readonly ?? false,
      timeout: BUSY_TIMEOUT_MS,
    });
  } catch (error) {
    throw new JournalOpenError(path, 'unreadable', `cannot be opened: ${messageOf(error)}`);
  }
  try {
    const version = checkReadable(db, path);
    if (options.readonly && version < CURRENT_SCHEMA_VERSION) {
      throw new JournalOpenError(
        path,
        'older-schema',
        `has schema version ${version}; record to it once with this Warroom (it upgrades in place) before reading it`,
      );
    }
    if (!options.readonly) {
      // WAL lets the console read while it (or the CLI) writes; NORMAL syncs at checkpoints,
      // which keeps every commit across a process crash (an OS crash may lose the last few).
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      migrate(db, path);
    }
    db.pragma('foreign_keys = ON');
    // A negative cache_size is in KiB.
    db.pragma(`cache_size = -${PAGE_CACHE_KIB}`);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

function refuseForeignFile(path: string): void {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw new JournalOpenError(path, 'unreadable', `cannot be read: ${messageOf(error)}`);
  }
  try {
    const header = Buffer.alloc(SQLITE_HEADER.length);
    const read = readSync(fd, header, 0, header.length, 0);
    if (read > 0 && header.subarray(0, read).toString('latin1') !== SQLITE_HEADER.slice(0, read)) {
      throw new JournalOpenError(path, 'not-a-journal', 'is not a SQLite database, so not a Warroom journal');
    }
    if (read > 0 && read < SQLITE_HEADER.length) {
      throw new JournalOpenError(path, 'corrupt', `is cut short (${read} bytes): the database is damaged`);
    }
  } finally {
    closeSync(fd);
  }
}

/** Reads the schema version and checks the pages before anything is written; returns the version. */
function checkReadable(db: JournalDatabase, path: string): number {
  let version: number;
  let check: string;
  let tables: number;
  try {
    version = db.pragma('user_version', { simple: true }) as number;
    tables = (
      db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table'").get() as { n: number }
    ).n;
    check = String(db.pragma('quick_check(1)', { simple: true }));
  } catch (error) {
    throw new JournalOpenError(path, 'corrupt', `is damaged and cannot be read: ${messageOf(error)}`);
  }
  if (check !== 'ok') {
    throw new JournalOpenError(path, 'corrupt', `is damaged: SQLite's check reports "${check}"`);
  }
  if (version > CURRENT_SCHEMA_VERSION) {
    throw new JournalOpenError(
      path,
      'newer-schema',
      `was written by a newer Warroom (schema version ${version}; this build knows up to ${CURRENT_SCHEMA_VERSION}). Upgrade Warroom to open it; the file was left untouched.`,
    );
  }
  if (version === 0 && tables > 0) {
    throw new JournalOpenError(
      path,
      'not-a-journal',
      'is a SQLite database of another program, not a Warroom journal',
    );
  }
  return version;
}

/** Applies the missing migrations, each in its own transaction with its version bump. */
function migrate(db: JournalDatabase, path: string): void {
  for (const migration of SCHEMA_MIGRATIONS) {
    const apply = db.transaction(() => {
      // Re-read inside the write lock: another process may have migrated meanwhile.
      const version = db.pragma('user_version', { simple: true }) as number;
      if (version >= migration.version) return;
      if (version !== migration.version - 1) {
        throw new JournalOpenError(
          path,
          'corrupt',
          `has schema version ${version}, which no migration leads from`,
        );
      }
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    });
    apply.immediate();
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
