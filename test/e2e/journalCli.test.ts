import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WsTestClient } from '../support/wsTestClient';
import { runCli, startServeProcess } from './support/serveProcess';

/** Runs SQL on a journal with the sqlite3 shell, as someone covering their tracks would. */
function sqliteShell(path: string, sql: string): void {
  execFileSync('sqlite3', [path, sql]);
}

describe('journal CLI', () => {
  let dir: string;
  let path: string;
  const cli = (...args: string[]) => runCli([...args, '--journal', path]);

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'warroom-cli-journal-'));
    path = join(dir, 'journal.sqlite');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  async function recordSixEvents(): Promise<void> {
    expect((await cli('day', 'start', 'Soak test', '--env', 'staging', '--operator', 'ana')).code).toBe(0);
    for (const text of ['ramp up', 'hold 500 VUs', 'p95 flat', 'ramp down'])
      expect((await cli('note', text)).code).toBe(0);
    expect((await cli('issue', 'Feed p95 spikes', '--sev', '3', '--owner', 'bob')).code).toBe(0);
  }

  it('records a day a pipeline can script, and exports it as JSON', async () => {
    await recordSixEvents();
    const ended = await cli('day', 'end', '--decision', 'no-go', '--reason', 'feed p95 spikes under soak');
    expect(ended.output).toMatch(/Ended test day 1 "Soak test" with \d+ events, decision no-go/);

    const exported = await cli('journal', 'export', '1', '--json');
    expect(exported.code).toBe(0);
    const data = JSON.parse(exported.output) as {
      day: { name: string; decision: string; operators: string[] };
      events: Array<{ kind: string; actor: string; subject: string }>;
      issues: Array<{ title: string; severity: number; owner: string; snapshots: unknown[] }>;
    };
    expect(data.day).toMatchObject({ name: 'Soak test', decision: 'no-go', operators: ['ana'] });
    expect(data.events.map((event) => event.kind)).toEqual([
      'day.started',
      'note',
      'note',
      'note',
      'note',
      'issue.opened',
      'snapshot.taken',
      'decision',
      'day.ended',
    ]);
    expect(data.events.every((event) => event.actor === 'ana')).toBe(true);
    expect(data.issues).toMatchObject([{ title: 'Feed p95 spikes', severity: 3, owner: 'bob' }]);
    expect(data.issues[0]?.snapshots).toHaveLength(1);
  });

  it('rejects bad values with the option they came from', async () => {
    expect(await cli('issue', 'Disk full', '--sev', '7')).toMatchObject({
      code: 1,
      output: expect.stringMatching(/--sev: .*<=5/),
    });
    expect(await cli('issue', 'Disk full')).toMatchObject({
      code: 1,
      output: expect.stringMatching(/--sev N is required/),
    });
    expect(await cli('day', 'end', '--decision', 'maybe', '--reason', 'x')).toMatchObject({
      code: 1,
      output: expect.stringMatching(/--decision/),
    });
    expect(await cli('note', 'line one\u0007')).toMatchObject({ code: 0 });
    expect(await cli('journal', 'export', 'Nope', '--json')).toMatchObject({
      code: 1,
      output: expect.stringMatching(/no test day "Nope"/),
    });
  });

  it.each([
    [
      'an edited payload',
      "DROP TRIGGER events_are_not_updated; UPDATE events SET payload = replace(payload, 'p95 flat', 'all fine') WHERE seq = 4;",
      /event #4 \(note at .*\) was altered/,
    ],
    [
      'a deleted event',
      'DROP TRIGGER events_are_not_deleted; DELETE FROM events WHERE seq = 3;',
      /event #3 is missing/,
    ],
    [
      'two swapped events',
      'DROP TRIGGER events_are_not_updated; UPDATE events SET seq = -1 WHERE seq = 2; UPDATE events SET seq = 2 WHERE seq = 5; UPDATE events SET seq = 5 WHERE seq = -1;',
      /event #2 \(note at .*\) was altered or moved/,
    ],
    [
      'the newest event deleted',
      'DROP TRIGGER events_are_not_deleted; DELETE FROM events WHERE seq = (SELECT max(seq) FROM events);',
      /event #7 .*missing/,
    ],
    [
      'an altered snapshot',
      'UPDATE snapshots SET content = zeroblob(10);',
      /snapshot 1 of event #7 .*altered/,
    ],
  ])('detects %s and names the first bad event', async (_what, sql, message) => {
    await recordSixEvents();
    expect(await cli('journal', 'verify')).toMatchObject({
      code: 0,
      output: expect.stringMatching(/7 events, hash chain intact/),
    });
    sqliteShell(path, sql);
    const verify = await cli('journal', 'verify');
    expect(verify.code).toBe(1);
    expect(verify.output).toMatch(message);
  });

  it('refuses a journal from a newer Warroom without touching it', async () => {
    await recordSixEvents();
    sqliteShell(path, 'PRAGMA journal_mode = DELETE; PRAGMA user_version = 99;');
    const before = readFileSync(path);
    const note = await cli('note', 'should not land');
    expect(note.code).toBe(1);
    expect(note.output).toContain(`journal ${path}: was written by a newer Warroom (schema version 99`);
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it.each([
    [
      'a text file',
      () => writeFileSync(path, 'these are my notes, not a database\n'),
      /is not a SQLite database/,
    ],
    ['a truncated database', () => writeFileSync(path, 'SQLite format'), /is cut short/],
    [
      'another program’s database',
      () => sqliteShell(path, 'CREATE TABLE accounts (id INTEGER);'),
      /SQLite database of another program/,
    ],
    [
      'a database with damaged pages',
      () => {
        sqliteShell(
          path,
          'CREATE TABLE t (x); INSERT INTO t SELECT randomblob(900) FROM generate_series(1, 200);',
        );
        const bytes = readFileSync(path);
        bytes.fill(0xff, 4096 * 2, 4096 * 6);
        writeFileSync(path, bytes);
      },
      /is damaged/,
    ],
  ])(
    'names the file when given %s, and serve still starts on a new journal',
    async (_what, make, message) => {
      make();
      const before = readFileSync(path);
      const note = await cli('note', 'hello');
      expect(note.code).toBe(1);
      expect(note.output).toContain(`journal ${path}`);
      expect(note.output).toMatch(message);

      const serve = await startServeProcess(['--journal', path]);
      try {
        expect(serve.output()).toMatch(message);
        const token = new URL(serve.operatorUrl).hash.replace('#token=', '');
        const client = await WsTestClient.session(
          `ws://${new URL(serve.operatorUrl).host}/api?token=${token}`,
        );
        const status = await client.call('journal.status', {});
        expect(status.path).not.toBe(path);
        expect(status.path.startsWith(join(dir, 'journal.new-'))).toBe(true);
        expect(status.problem).toContain(path);
        await client.call('journal.addNote', { text: 'recorded despite the broken file' });
        await client.close();
      } finally {
        await serve.stop();
      }
      expect(readFileSync(path).equals(before)).toBe(true);
    },
  );
});
