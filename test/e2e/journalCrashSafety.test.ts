import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './support/serveProcess';

const KILLS = 20;

interface KilledRun {
  /** seq → subject of every append the child saw committed before it died. */
  acknowledged: Map<number, string>;
}

/** Starts the append loop, lets it run for a random moment, and kills it with SIGKILL. */
function appendUntilKilled(path: string, run: number): Promise<KilledRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'test/support/journalAppendLoop.ts', path, String(run)],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    let errors = '';
    let killTimer: NodeJS.Timeout | undefined;
    const startedAt = Date.now();
    const guard = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      // Kill at a random moment once appends are flowing, mid-burst or mid-commit.
      killTimer ??= setTimeout(() => child.kill('SIGKILL'), Math.random() * 400);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      errors += chunk.toString();
    });
    child.once('exit', (_code, signal) => {
      clearTimeout(guard);
      clearTimeout(killTimer);
      if (signal !== 'SIGKILL') {
        reject(new Error(`append loop ended by itself after ${Date.now() - startedAt} ms: ${errors}`));
        return;
      }
      const acknowledged = new Map<number, string>();
      // A line cut by the kill is incomplete: only whole lines were acknowledged.
      for (const line of output.split('\n').slice(0, -1)) {
        const space = line.indexOf(' ');
        acknowledged.set(Number(line.slice(0, space)), line.slice(space + 1));
      }
      resolve({ acknowledged });
    });
  });
}

describe('journal crash safety', () => {
  const dir = mkdtempSync(join(tmpdir(), 'warroom-crash-'));
  const path = join(dir, 'journal.sqlite');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(`keeps every acknowledged event and an intact chain across ${KILLS} SIGKILLs`, async () => {
    const acknowledged = new Map<number, string>();
    for (let run = 1; run <= KILLS; run += 1) {
      const killed = await appendUntilKilled(path, run);
      expect(killed.acknowledged.size).toBeGreaterThan(0);
      for (const [seq, subject] of killed.acknowledged) acknowledged.set(seq, subject);

      const db = new Database(path, { readonly: true });
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const stored = db.prepare('SELECT seq, subject FROM events').all() as Array<{
        seq: number;
        subject: string;
      }>;
      db.close();
      const bySeq = new Map(stored.map((row) => [row.seq, row.subject]));
      const lost = [...acknowledged].filter(([seq, subject]) => bySeq.get(seq) !== subject);
      expect(lost, `run ${run}: acknowledged events missing after the kill`).toEqual([]);
    }
    expect(acknowledged.size).toBeGreaterThan(KILLS);

    const verify = await runCli(['journal', 'verify', '--journal', path]);
    expect(verify.output).toMatch(/events, hash chain intact/);
    expect(verify.code).toBe(0);
  });
});
