import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import { writeK6Output } from '../../test/support/k6OutputGenerator';

export interface BenchFile {
  path: string;
  bytes: number;
  lines: number;
  /** Point lines written. */
  points: number;
  httpReqs: number;
}

/**
 * Streams realistic k6 output (several scenarios, tags, checks, failures, UTC offsets, key orders)
 * to `path` until it holds at least `bytes` bytes; never holds the file in memory.
 */
export async function generateBenchFile(path: string, bytes: number, seed: number): Promise<BenchFile> {
  const out = createWriteStream(path);
  const written = await writeK6Output(out, { seed, bytes });
  out.end();
  await finished(out);
  const points = Object.values(written.points).reduce((sum, count) => sum + count, 0);
  return {
    path,
    bytes: written.bytes,
    lines: written.lines,
    points,
    httpReqs: written.points.http_reqs ?? 0,
  };
}
