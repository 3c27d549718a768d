import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { type K6OutputCounts, type K6OutputHandler, K6OutputTally } from './k6OutputTally';

/** Bytes per read of a finished file: large reads keep the per-chunk cost of the stream negligible. */
const REPLAY_CHUNK_BYTES = 1 << 20;

/** `k6 run --out json=FILE.gz` compresses its output; the name is how k6 itself decides. */
export function isGzipPath(path: string): boolean {
  return path.endsWith('.gz');
}

/**
 * Reads a finished k6 output file once, plain or gzipped, streaming (never the whole file in
 * memory). Resolves with the counts once the last line has been handed over.
 */
export async function replayK6Output(path: string, onLine: K6OutputHandler): Promise<K6OutputCounts> {
  const tally = new K6OutputTally(onLine);
  await readK6OutputInto(path, tally);
  return tally.counts;
}

/** The streaming read behind replayK6Output, into a tally the caller keeps (and may watch meanwhile). */
export async function readK6OutputInto(
  path: string,
  tally: K6OutputTally,
  signal?: AbortSignal,
): Promise<void> {
  const file = createReadStream(path, { signal, highWaterMark: REPLAY_CHUNK_BYTES });
  const source: Readable = isGzipPath(path) ? file.pipe(createGunzip()) : file;
  // A read error on the file does not travel through pipe(); forward it so the loop below rejects.
  if (source !== file) file.on('error', (error) => source.destroy(error));
  for await (const chunk of source) tally.push(chunk as Buffer);
  tally.end();
}
