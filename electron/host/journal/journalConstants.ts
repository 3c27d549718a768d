/** Tunables of the journal, each with its reason. */

/** How long a write waits for another process (the CLI, a second console) to release the file. */
export const BUSY_TIMEOUT_MS = 5_000;

/**
 * The most appends one transaction commits. Big enough that a burst costs one commit per
 * few thousand events, small enough that a commit never holds the event loop for long.
 */
export const MAX_APPENDS_PER_COMMIT = 2_000;

/**
 * SQLite's page cache per connection, in KiB: SQLite's own default (better-sqlite3 builds with
 * 16 000). The journal is appended to and read in scans the OS's file cache serves as well, so a
 * bigger cache bought no speed (a 12-hour day's report preview: 1.30-1.40 s either way) but held
 * up to 16 MB of the host's memory, filled page by page as the day's file grew.
 */
export const PAGE_CACHE_KIB = 2_000;

/** How often the host looks for commits made by another process on the same file. */
export const EXTERNAL_CHANGE_POLL_MS = 500;

/** The previous-hash of the first event: a fixed value so the chain has a known start. */
export const GENESIS_HASH = '0'.repeat(64);

/** Who recorded an event the console made on its own (a breach, a probe, an auto-started day). */
export const SYSTEM_ACTOR = 'warroom';

/** The most characters of one command's searchable transcript text kept. */
export const MAX_TRANSCRIPT_PLAIN_CHARS = 256 * 1024;

/** The longest subject line an event gets; the full text stays in the payload. */
export const MAX_SUBJECT_CHARS = 200;
