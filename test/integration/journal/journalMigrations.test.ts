import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { eventHash } from '../../../electron/host/journal/eventHash';
import * as issueWrites from '../../../electron/host/journal/issueWrites';
import { Journal } from '../../../electron/host/journal/journal';
import { GENESIS_HASH } from '../../../electron/host/journal/journalConstants';
import { JournalOpenError } from '../../../electron/host/journal/journalErrors';
import * as writes from '../../../electron/host/journal/journalWrites';
import { NO_PANELS } from '../../../electron/host/journal/panelSnapshotSource';
import { CURRENT_SCHEMA_VERSION, SCHEMA_MIGRATIONS } from '../../../electron/host/journal/schemaMigrations';
import { type ScratchJournal, scratchJournal } from '../../support/scratchJournal';

/** A database built by the migrations before `version`, as an older Warroom left it. */
function databaseAtVersion(path: string, version: number): Database.Database {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  for (const migration of SCHEMA_MIGRATIONS.filter((step) => step.version <= version)) {
    db.exec(migration.sql);
    db.pragma(`user_version = ${migration.version}`);
  }
  return db;
}

/**
 * Data as each schema version held it, written with plain SQL of that version (not with
 * today's code), so a migration is tested against what users actually have on disk.
 */
const SEEDS: Record<number, (db: Database.Database) => void> = {
  0: () => {},
  1: (db) => {
    db.prepare(
      `INSERT INTO days (id, name, environment, operators, started_at) VALUES (1, 'Old day', 'prod', '["ana"]', 1000)`,
    ).run();
    let prevHash = GENESIS_HASH;
    const rows = [
      { kind: 'day.started', subject: 'Started Old day', severity: null, payload: '{"name":"Old day"}' },
      { kind: 'issue.opened', subject: 'Old issue', severity: 2, payload: '{"issueId":1}' },
    ];
    rows.forEach((row, index) => {
      const seq = index + 1;
      const fields = {
        seq,
        dayId: 1,
        time: 1000 + seq,
        kind: row.kind,
        actor: 'ana',
        subject: row.subject,
        severity: row.severity,
        payloadText: row.payload,
        prevHash,
      };
      const hash = eventHash(fields);
      db.prepare('INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
        seq,
        1,
        fields.time,
        row.kind,
        'ana',
        row.subject,
        row.severity,
        row.payload,
        prevHash,
        hash,
      );
      prevHash = hash;
    });
    db.prepare('UPDATE chain_head SET seq = 2, hash = ? WHERE id = 1').run(prevHash);
    db.prepare(`INSERT INTO issues VALUES (1, 1, 'Old issue', 2, 'open', NULL, '', 1002, 1002, 'ana')`).run();
    db.prepare('INSERT INTO issue_events VALUES (1, 2)').run();
  },
};

describe('journal schema migrations', () => {
  let scratch: ScratchJournal | undefined;
  afterEach(() => scratch?.dispose());

  it('has a seed for every schema a migration starts from', () => {
    for (const migration of SCHEMA_MIGRATIONS) expect(SEEDS[migration.version - 1]).toBeTypeOf('function');
  });

  it.each(SCHEMA_MIGRATIONS.map((migration) => [migration.version, migration.description] as const))(
    'migration %i (%s) upgrades a journal of the previous schema with its data intact',
    async (version) => {
      let before: unknown[] = [];
      scratch = scratchJournal({}, (path) => {
        const old = databaseAtVersion(path, version - 1);
        SEEDS[version - 1]?.(old);
        // Version 0 is a brand-new file: nothing to carry over.
        before = version > 1 ? old.prepare('SELECT seq, hash FROM events ORDER BY seq').all() : [];
        old.close();
      });
      const { journal } = scratch;
      expect(journal.database.pragma('user_version', { simple: true })).toBe(CURRENT_SCHEMA_VERSION);
      expect(journal.database.prepare('SELECT seq, hash FROM events ORDER BY seq').all()).toEqual(before);
      expect(journal.verify().problem).toBeNull();
      // The upgraded journal takes every kind of write on top of the old chain.
      await journal.write(
        issueWrites.logIssue({ title: 'After upgrade', severity: 4 }, 'bob', NO_PANELS.capture()),
      );
      expect(journal.verify()).toMatchObject({
        eventsChecked: before.length + (version === 1 ? 3 : 2),
        problem: null,
      });
    },
  );

  it('refuses a journal written by a newer Warroom and leaves the file as it was', async () => {
    scratch = scratchJournal();
    await scratch.journal.write(writes.addNote('kept', 'ana'));
    await scratch.journal.close();
    const newer = new Database(scratch.path);
    newer.pragma(`user_version = ${CURRENT_SCHEMA_VERSION + 1}`);
    newer.pragma('journal_mode = DELETE');
    newer.close();
    const bytes = readFileSync(scratch.path);

    const attempt = () => Journal.open(scratch?.path ?? '');
    expect(attempt).toThrow(JournalOpenError);
    expect(attempt).toThrow(
      `journal ${scratch.path}: was written by a newer Warroom (schema version ${CURRENT_SCHEMA_VERSION + 1}`,
    );
    expect(readFileSync(scratch.path).equals(bytes)).toBe(true);
    scratch.journal = Journal.open(`${scratch.path}-fresh`);
  });
});
