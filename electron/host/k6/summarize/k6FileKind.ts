import { closeSync, openSync, readSync } from 'node:fs';
import { isGzipPath } from '../output/k6OutputReplay';

/** Enough of a file to see its first line: an output line is far shorter, a summary starts in it. */
const SNIFF_BYTES = 64 * 1024;

/**
 * Whether a file is k6 `--out json` output (one JSON object a line, each with a `type` of Metric
 * or Point) or an end-of-test summary (one JSON document), told by its content as k6 writes them.
 */
export function k6FileKind(path: string): 'output' | 'summary' {
  if (isGzipPath(path)) return 'output';
  const buffer = Buffer.alloc(SNIFF_BYTES);
  const descriptor = openSync(path, 'r');
  let read: number;
  try {
    read = readSync(descriptor, buffer, 0, SNIFF_BYTES, 0);
  } finally {
    closeSync(descriptor);
  }
  const firstLine = buffer.toString('utf8', 0, read).split('\n', 1)[0] ?? '';
  return /^\s*\{.*"type"\s*:\s*"(Metric|Point)"/.test(firstLine) ? 'output' : 'summary';
}
