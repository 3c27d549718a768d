import { appendFileSync, mkdtempSync, renameSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { appendFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import type { K6OutputLine } from '../../../electron/host/k6/output/k6OutputLine';
import { replayK6Output } from '../../../electron/host/k6/output/k6OutputReplay';
import { type K6OutputRestart, K6OutputTail } from '../../../electron/host/k6/output/k6OutputTail';
import { k6OutputText } from '../../support/k6OutputGenerator';

const dir = mkdtempSync(join(tmpdir(), 'warroom-k6-tail-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Fast polling so a short test sees many partial reads. */
const TEST_POLL_MS = 20;

/** A tail recording everything it hands over, with a marker where it started over. */
function follow(path: string) {
  const seen: (K6OutputLine | { kind: 'restart'; reason: K6OutputRestart })[] = [];
  const errors: Error[] = [];
  const tail = K6OutputTail.start(path, {
    onLine: (line) => seen.push(line),
    onRestart: (reason) => seen.push({ kind: 'restart', reason }),
    onError: (error) => errors.push(error),
    pollMs: TEST_POLL_MS,
  });
  return { tail, seen, errors };
}

async function waitFor(condition: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(5);
  }
}

async function oneShot(path: string): Promise<K6OutputLine[]> {
  const lines: K6OutputLine[] = [];
  await replayK6Output(path, (line) => lines.push(line));
  return lines;
}

/** A tiny deterministic generator for chunk sizes and delays. */
function lcg(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

describe('K6OutputTail', () => {
  it('follows a file written in random chunks that split lines and characters, ending as a one-shot read', async () => {
    const path = join(dir, 'live.json');
    const { text, expected } = k6OutputText(21, 8000);
    // k6 ends its lines with a newline; a writer that stops mid-line must still give its last line.
    const bytes = Buffer.from(text.trimEnd());
    const { tail, seen, errors } = follow(path);
    const random = lcg(5);
    let written = 0;
    const started = Date.now();
    for (let chunks = 0; written < bytes.length && chunks < 10_000; chunks++) {
      const size = 1 + Math.floor(random() * 8000);
      await appendFile(path, bytes.subarray(written, written + size));
      written += size;
      await sleep(Math.floor(random() * 6));
    }
    const readWhileWriting = seen.length;
    const writingMs = Date.now() - started;
    await tail.finish();

    expect(written).toBeGreaterThanOrEqual(bytes.length);
    expect(writingMs).toBeLessThan(8000);
    // Most lines arrive while the writer is still at it: the tail is live, not a read at the end.
    expect(readWhileWriting).toBeGreaterThan(expected.length / 4);
    expect(errors).toEqual([]);
    expect(seen).toEqual(expected);
    expect(seen).toEqual(await oneShot(path));
    expect(tail.status).toMatchObject({ lines: 8000, malformed: 0, restarts: 0, offset: bytes.length });
    await tail.done();
  });

  it('waits for a file that does not exist yet, and counts malformed lines with their numbers without stopping', async () => {
    const path = join(dir, 'late.json');
    const { tail, seen } = follow(path);
    await sleep(3 * TEST_POLL_MS);
    const lines = k6OutputText(3, 50).text.trimEnd().split('\n');
    lines.splice(9, 0, '{"type":"Point","metric":"x","data":{"time":'); // line 10: cut short
    lines.splice(19, 0, '{"type":"Summary","data":{}}'); // line 20: unknown type
    lines.splice(29, 0, ''); // line 30: blank, skipped
    writeFileSync(path, `${lines.join('\n')}\n`);
    await waitFor(() => tail.status.lines === 53, 'all 53 lines');
    await tail.stop();
    expect(tail.status).toMatchObject({
      malformed: 2,
      metrics: expect.any(Number),
      points: expect.any(Number),
    });
    expect(tail.status.firstMalformed).toEqual([
      { lineNumber: 10, reason: expect.stringContaining('invalid JSON') },
      { lineNumber: 20, reason: 'unknown line type "Summary"' },
    ]);
    expect(tail.status.metrics + tail.status.points).toBe(50);
    expect(seen.filter((line) => line.kind !== 'malformed')).toEqual(k6OutputText(3, 50).expected);
  });

  it('starts over when the file is truncated mid-follow', async () => {
    const path = join(dir, 'truncated.json');
    const before = k6OutputText(1, 400);
    const after = k6OutputText(2, 100);
    writeFileSync(path, before.text);
    const { tail, seen } = follow(path);
    await waitFor(() => seen.length === 400, 'the first content');
    truncateSync(path, 0);
    appendFileSync(path, after.text);
    await waitFor(
      () => tail.status.restarts === 1 && tail.status.lines === 500,
      'the restart and new content',
    );
    await tail.stop();
    expect(seen[400]).toEqual({ kind: 'restart', reason: 'truncated' });
    expect(seen.slice(401)).toEqual(after.expected);
    expect(tail.status.offset).toBe(Buffer.byteLength(after.text));
  });

  it('starts over when the file is replaced by another, even a larger one', async () => {
    const path = join(dir, 'replaced.json');
    const before = k6OutputText(1, 100);
    const after = k6OutputText(2, 400);
    writeFileSync(path, before.text);
    const { tail, seen } = follow(path);
    await waitFor(() => seen.length === 100, 'the first content');
    writeFileSync(`${path}.next`, after.text);
    renameSync(`${path}.next`, path);
    await waitFor(() => tail.status.lines === 500, 'the new content');
    await tail.stop();
    expect(seen[100]).toEqual({ kind: 'restart', reason: 'replaced' });
    expect(seen.slice(101)).toEqual(after.expected);
    expect(tail.status.restarts).toBe(1);
  });

  it('reads a .gz file once for replay, giving what the plain file gives', async () => {
    const plain = join(dir, 'replay.json');
    const gz = join(dir, 'replay.json.gz');
    const { text, expected } = k6OutputText(9, 3000);
    writeFileSync(plain, text);
    writeFileSync(gz, gzipSync(text));
    const { tail, seen, errors } = follow(gz);
    await tail.done();
    expect(errors).toEqual([]);
    expect(seen).toEqual(expected);
    expect(await oneShot(gz)).toEqual(await oneShot(plain));
    expect(tail.status).toMatchObject({ lines: 3000, malformed: 0, restarts: 0 });

    const cut = follow(gz);
    await cut.tail.stop();
    await cut.tail.done();
    expect(cut.errors).toEqual([]);
    expect(cut.seen.length).toBeLessThan(expected.length);
  });
});
