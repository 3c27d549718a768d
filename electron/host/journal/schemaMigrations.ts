import { GENESIS_HASH } from './journalConstants';

/**
 * The journal's schema, as the steps that built it. A database's `user_version` is the number
 * of steps applied; a release only ever adds steps at the end, never edits one.
 */
export interface SchemaMigration {
  readonly version: number;
  readonly description: string;
  readonly sql: string;
}

export const SCHEMA_MIGRATIONS: readonly SchemaMigration[] = [
  {
    version: 1,
    description: 'test days, the hash-chained timeline, issues and action items',
    sql: `
      CREATE TABLE days (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        environment TEXT NOT NULL,
        operators TEXT NOT NULL,
        started_at INTEGER NOT NULL,
        ended_at INTEGER,
        decision TEXT CHECK (decision IN ('go', 'no-go')),
        decision_reason TEXT
      );

      CREATE TABLE events (
        seq INTEGER PRIMARY KEY,
        day_id INTEGER NOT NULL REFERENCES days (id),
        time INTEGER NOT NULL,
        kind TEXT NOT NULL,
        actor TEXT NOT NULL,
        subject TEXT NOT NULL,
        severity INTEGER CHECK (severity BETWEEN 1 AND 5),
        payload TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
      );
      -- Kept to two indexes: each costs every append, and a kind filter scans one day fast enough.
      CREATE INDEX events_by_day ON events (day_id, seq);
      CREATE INDEX events_by_day_severity ON events (day_id, severity, seq) WHERE severity IS NOT NULL;

      -- Refusals for honest mistakes; the hash chain is what catches a deliberate edit.
      CREATE TRIGGER events_are_not_updated BEFORE UPDATE ON events
        BEGIN SELECT RAISE(ABORT, 'journal events are append-only: record a correction as a new event'); END;
      CREATE TRIGGER events_are_not_deleted BEFORE DELETE ON events
        BEGIN SELECT RAISE(ABORT, 'journal events are append-only: they are never deleted'); END;

      -- The last event's seq and hash, so that deleting the newest events is detected too.
      CREATE TABLE chain_head (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        seq INTEGER NOT NULL,
        hash TEXT NOT NULL
      );
      INSERT INTO chain_head (id, seq, hash) VALUES (1, 0, '${GENESIS_HASH}');

      CREATE TABLE issues (
        id INTEGER PRIMARY KEY,
        day_id INTEGER NOT NULL REFERENCES days (id),
        title TEXT NOT NULL,
        severity INTEGER NOT NULL CHECK (severity BETWEEN 1 AND 5),
        status TEXT NOT NULL CHECK (status IN ('open', 'mitigated', 'resolved')),
        owner TEXT,
        description TEXT NOT NULL DEFAULT '',
        opened_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        opened_by TEXT NOT NULL
      );
      CREATE INDEX issues_by_day ON issues (day_id, id);

      CREATE TABLE issue_events (
        issue_id INTEGER NOT NULL REFERENCES issues (id),
        seq INTEGER NOT NULL REFERENCES events (seq),
        PRIMARY KEY (issue_id, seq)
      ) WITHOUT ROWID;

      CREATE TABLE action_items (
        id INTEGER PRIMARY KEY,
        issue_id INTEGER NOT NULL REFERENCES issues (id),
        text TEXT NOT NULL,
        owner TEXT,
        due TEXT,
        created_at INTEGER NOT NULL
      );
      CREATE INDEX action_items_by_issue ON action_items (issue_id, id);
    `,
  },
  {
    version: 2,
    description: 'panel snapshots and per-command terminal transcripts with a searchable text',
    sql: `
      CREATE TABLE snapshots (
        id INTEGER PRIMARY KEY,
        day_id INTEGER NOT NULL REFERENCES days (id),
        taken_at INTEGER NOT NULL,
        label TEXT NOT NULL,
        issue_id INTEGER REFERENCES issues (id),
        panel_count INTEGER NOT NULL,
        content BLOB NOT NULL,
        content_hash TEXT NOT NULL
      );
      CREATE INDEX snapshots_by_day ON snapshots (day_id, id);
      CREATE INDEX snapshots_by_issue ON snapshots (issue_id) WHERE issue_id IS NOT NULL;

      CREATE TABLE transcripts (
        id INTEGER PRIMARY KEY,
        day_id INTEGER NOT NULL REFERENCES days (id),
        terminal_id TEXT NOT NULL,
        command TEXT NOT NULL,
        cwd TEXT,
        started_at INTEGER NOT NULL,
        finished_at INTEGER NOT NULL,
        exit_code INTEGER,
        output BLOB NOT NULL,
        chars INTEGER NOT NULL,
        truncated INTEGER NOT NULL CHECK (truncated IN (0, 1))
      );
      CREATE INDEX transcripts_by_day ON transcripts (day_id, id);

      -- Output with ANSI codes stripped; trigram so any substring of three or more characters is found fast.
      CREATE VIRTUAL TABLE transcript_text USING fts5 (plain, tokenize = 'trigram');
    `,
  },
];

/** The schema version this build writes. */
export const CURRENT_SCHEMA_VERSION = SCHEMA_MIGRATIONS.at(-1)?.version ?? 0;
