import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { watchRunbookFolder } from '../../../electron/host/runbooks/runbookFolderWatcher';

/** Well past the watcher's 200 ms debounce, so a rescan it was going to ask for has been asked. */
const SETTLE_MS = 800;
/** How long a rescan that is due may take to be asked for on a busy machine. */
const DUE_MS = 5_000;

describe('watchRunbookFolder', () => {
  let dir: string;
  let rescans: number;
  let watcher: { close(): void };

  const settle = () => new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  async function rescanAsked(): Promise<void> {
    const deadline = Date.now() + DUE_MS;
    while (rescans === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(rescans).toBe(1);
  }

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'warroom-watch-'));
    mkdirSync(join(dir, 'drills'));
    writeFileSync(join(dir, 'drills', 'app-crash.md'), '# App crash\n');
    rescans = 0;
    watcher = watchRunbookFolder(dir, {
      changed: () => rescans++,
      failed: (error) => {
        throw error;
      },
    });
    await settle();
  });
  afterEach(() => {
    watcher.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('does not reread the runbooks while a journal kept in the workspace writes its WAL', async () => {
    const journal = new Database(join(dir, 'journal.sqlite'));
    journal.pragma('journal_mode = WAL');
    journal.exec('CREATE TABLE events (id INTEGER PRIMARY KEY, body TEXT)');
    const insert = journal.prepare('INSERT INTO events (body) VALUES (?)');
    for (let i = 0; i < 20; i++) {
      insert.run(`event ${i}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await settle();
    journal.close();
    expect(rescans).toBe(0);
  });

  it('does not reread them for an exported report, a dot-folder or node_modules', async () => {
    for (const folder of ['test-results/2026-11-24-peak', '.git', 'node_modules/pkg']) {
      mkdirSync(join(dir, folder), { recursive: true });
    }
    await settle();
    rescans = 0;
    writeFileSync(join(dir, 'test-results/2026-11-24-peak/stress-test-report.md'), '# Report\n');
    writeFileSync(join(dir, '.git/COMMIT_EDITMSG.md'), 'edit\n');
    writeFileSync(join(dir, 'node_modules/pkg/README.md'), '# pkg\n');
    await settle();
    expect(rescans).toBe(0);
  });

  it('rereads them once for a burst of saves to a runbook', async () => {
    for (let i = 0; i < 5; i++) writeFileSync(join(dir, 'drills', 'app-crash.md'), `# App crash ${i}\n`);
    await rescanAsked();
    await settle();
    expect(rescans).toBe(1);
  });

  it('rereads them when a folder of runbooks is renamed', async () => {
    renameSync(join(dir, 'drills'), join(dir, 'chaos.v2'));
    await rescanAsked();
  });
});
