import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { journalCommand } from '../../../electron/commands/journalCommand';
import { CHANGE_NOTICE_INTERVAL_MS } from '../../../electron/host/journal/journalChangeFeed';
import {
  type OpenedJournal,
  openJournalWithFallback,
} from '../../../electron/host/journal/openJournalWithFallback';
import { ApiError } from '../../../shared/apiErrors';
import { type ServeFixture, startServeFixture } from '../../support/serveFixture';
import { WsTestClient } from '../../support/wsTestClient';

/** Each note is longer than a page (SQLite's default is 4 096 bytes), so each one needs new pages. */
const NOTE_CHARS = 5_000;
/** Notes recorded before the disk fills: enough that losing any would show. */
const NOTES_BEFORE = 40;
/** How soon a console hears that the journal cannot record: one change notice, sent at once. */
const TOLD_WITHIN_MS = 2_000;

const note = (index: number) => `note ${index} ${'x'.repeat(NOTE_CHARS)}`;

/**
 * The disk holding the journal fills up mid-day. SQLite's own size limit stands in for the full
 * disk (`max_page_count`): a full tmpfs gives the same SQLITE_FULL, but mounting one needs rights
 * a CI runner may not grant.
 */
describe('the journal’s disk filling up during a test day', () => {
  let dir: string;
  let opened: OpenedJournal;
  let fixture: ServeFixture;
  let client: WsTestClient;
  let stopped = false;
  const committed = new Map<number, string>();

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'warroom-full-'));
    // The report needs a workspace: one environment is enough.
    writeFileSync(
      join(dir, 'warroom.yaml'),
      'environments:\n  staging:\n    variables: { NAMESPACE: shop }\n',
    );
    opened = openJournalWithFallback(join(dir, 'journal.sqlite'));
    fixture = await startServeFixture({ workspace: dir, journal: opened, shell: '/bin/sh' });
    client = await WsTestClient.session(fixture.operatorSocketUrl);
    await client.call('journal.setOperator', { name: 'ana' });
    await client.call('journal.startDay', { name: 'Peak test', environment: 'staging' });
    for (let index = 0; index < NOTES_BEFORE; index += 1) {
      const event = await client.call('journal.addNote', { text: note(index) });
      committed.set(event.seq, event.subject);
    }
    await client.call('journal.logIssue', { title: 'P95 over target at peak', severity: 2 });
  });
  afterAll(async () => {
    await client?.close();
    if (!stopped) await fixture?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses the write naming the file and the cause, says so to every console, and keeps serving reads', async () => {
    const { journal } = opened;
    // Quiet first, so the only notice that can follow is the one about the full disk.
    await delay(3 * CHANGE_NOTICE_INTERVAL_MS);
    const notices: number[] = [];
    client.on('journal.changed', () => notices.push(performance.now()));
    expect(journal.database.pragma('freelist_count', { simple: true })).toBe(0);
    const pages = journal.database.pragma('page_count', { simple: true }) as number;
    journal.database.pragma(`max_page_count = ${pages}`);

    const failedAt = performance.now();
    const refusal = await client
      .call('journal.addNote', { text: note(NOTES_BEFORE) })
      .catch((error) => error);
    expect(refusal).toBeInstanceOf(ApiError);
    expect(refusal).toMatchObject({ code: 'unavailable' });
    expect((refusal as Error).message).toBe(
      `could not record: the disk holding the journal ${journal.path} is full: nothing new is recorded until space is freed; everything recorded before is kept and can still be read and exported`,
    );

    await expect.poll(() => notices.length > 0, { timeout: TOLD_WITHIN_MS }).toBe(true);
    const toldAfter = Math.max(0, (notices[0] ?? 0) - failedAt);
    const status = await client.call('journal.status', {});
    expect(status.problem).toContain(`the disk holding the journal ${journal.path} is full`);

    // Reads go on: the day, its timeline, its issues and the report preview.
    const day = status.currentDay;
    expect(day?.name).toBe('Peak test');
    const timeline = await client.call('journal.timeline', {
      dayId: day?.id ?? 0,
      filter: {},
      offset: 0,
      limit: 500,
    });
    const shown = new Map(timeline.events.map((event) => [event.seq, event.subject]));
    expect([...committed].filter(([seq, subject]) => shown.get(seq) !== subject)).toEqual([]);
    expect((await client.call('journal.issues', { dayId: day?.id ?? 0 })).map((one) => one.title)).toEqual([
      'P95 over target at peak',
    ]);
    const preview = await client.call('report.preview', {});
    expect(preview.html).toContain('P95 over target at peak');

    // A terminal still runs commands, though they cannot be journaled.
    const terminal = await client.openTerminal();
    await client.call('terminals.write', { id: terminal.id, data: 'echo "still-$((20 + 22))"\n' });
    await expect.poll(() => terminal.output(), { timeout: 5_000 }).toMatch(/still-42/);
    await client.call('terminals.close', { id: terminal.id });

    // A second console connecting now is told at once.
    const viewer = await WsTestClient.session(fixture.viewerSocketUrl, 'viewer-client-0002');
    expect((await viewer.call('journal.status', {})).problem).toContain('is full');
    await viewer.close();
    console.info(`journal full: the console was told ${Math.round(toldAfter)} ms after the refused write`);
  });

  it('records again once there is room, clears the problem, and the file verifies with nothing lost', async () => {
    const { journal } = opened;
    journal.database.pragma('max_page_count = 1073741823');
    const recoveredAt = performance.now();
    const event = await client.call('journal.addNote', { text: 'space freed: recording again' });
    const recoveredIn = performance.now() - recoveredAt;
    committed.set(event.seq, event.subject);
    expect((await client.call('journal.status', {})).problem).toBeNull();

    await client.close();
    await fixture.stop();
    stopped = true;
    expect(await journalCommand(['verify', '--journal', journal.path])).toBe(0);
    const db = new Database(journal.path, { readonly: true });
    const stored = new Map(
      (db.prepare('SELECT seq, subject FROM events').all() as Array<{ seq: number; subject: string }>).map(
        (row) => [row.seq, row.subject],
      ),
    );
    db.close();
    expect([...committed].filter(([seq, subject]) => stored.get(seq) !== subject)).toEqual([]);
    console.info(`journal full: recorded again ${Math.round(recoveredIn)} ms after space was freed`);
  });
});
