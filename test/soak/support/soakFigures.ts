import type { Page } from 'playwright-core';
import { hostMetricsOf } from './hostMetrics';
import {
  descendantsOf,
  FD_KINDS,
  type FileDescriptors,
  fileDescriptorsOf,
  median,
  residentBytesOf,
} from './processFigures';
import { rendererHeapAfterGc } from './rendererHeap';

/** Samples per figure at a quiet moment; their median stands for it. */
const SAMPLES = 5;

/** Between samples: a refresh's worth, so in-flight polls fall on different instants. */
const SAMPLE_GAP_MS = 1_000;

/** Everything the soak compares, at one quiet moment. */
export interface SoakFigures {
  /** Median VmRSS, each read straight after a full collection in the serve process. */
  rssBytes: number;
  /** Median VmRSS as found, wherever V8's garbage sawtooth was: shown, not judged. */
  rssUncollectedBytes: number;
  rendererHeapBytes: number;
  /** The serve process's JS heap in use and its external memory, after the last full collection. */
  hostHeapBytes: number;
  hostExternalBytes: number;
  fds: FileDescriptors;
  handles: Record<string, number>;
  resources: Record<string, number>;
  terminalsOpen: number;
  children: Record<string, number>;
}

function medianOf<T>(samples: T[], pick: (sample: T) => number): number {
  return median(samples.map(pick));
}

function medianByKey(samples: Record<string, number>[]): Record<string, number> {
  const keys = new Set(samples.flatMap((sample) => Object.keys(sample)));
  return Object.fromEntries(
    [...keys].sort().map((key) => [key, median(samples.map((sample) => sample[key] ?? 0))]),
  );
}

/**
 * The serve process, its children and the page, measured SAMPLES times; medians of each. RSS is
 * read as found first, then each time after `collectGarbage` has run a full collection in serve.
 */
export async function measureSoak(
  pid: number,
  origin: string,
  page: Page,
  collectGarbage: () => Promise<void>,
): Promise<SoakFigures> {
  const rss: number[] = [];
  const fds: FileDescriptors[] = [];
  const metrics: Awaited<ReturnType<typeof hostMetricsOf>>[] = [];
  for (let sample = 0; sample < SAMPLES; sample++) {
    rss.push(residentBytesOf(pid));
    fds.push(fileDescriptorsOf(pid));
    metrics.push(await hostMetricsOf(origin));
    await new Promise((resolve) => setTimeout(resolve, SAMPLE_GAP_MS));
  }
  const collected: number[] = [];
  for (let sample = 0; sample < SAMPLES; sample++) {
    await collectGarbage();
    collected.push(residentBytesOf(pid));
  }
  const afterCollection = await hostMetricsOf(origin);
  return {
    rssBytes: median(collected),
    rssUncollectedBytes: median(rss),
    rendererHeapBytes: await rendererHeapAfterGc(page),
    hostHeapBytes: afterCollection.heapUsedBytes,
    hostExternalBytes: afterCollection.externalBytes,
    fds: Object.fromEntries(
      FD_KINDS.map((kind) => [kind, medianOf(fds, (f) => f[kind])]),
    ) as unknown as FileDescriptors,
    handles: medianByKey(metrics.map((m) => m.handles)),
    resources: medianByKey(metrics.map((m) => m.resources)),
    terminalsOpen: medianOf(metrics, (m) => m.terminalsOpen),
    children: descendantsOf(pid),
  };
}

const MIB = 1024 * 1024;

/** One line per figure, baseline beside end, for the test's output. */
export function figuresTable(baseline: SoakFigures, end: SoakFigures): string {
  const rows: [string, string, string, string][] = [];
  const mib = (label: string, a: number, b: number) =>
    rows.push([label, (a / MIB).toFixed(1), (b / MIB).toFixed(1), `${(((b - a) / a) * 100).toFixed(1)} %`]);
  const count = (label: string, a: number, b: number) =>
    rows.push([label, String(a), String(b), String(b - a)]);
  mib('serve RSS after a full GC (MiB, median)', baseline.rssBytes, end.rssBytes);
  mib('serve RSS as found (MiB, median)', baseline.rssUncollectedBytes, end.rssUncollectedBytes);
  mib('renderer JS heap after GC (MiB)', baseline.rendererHeapBytes, end.rendererHeapBytes);
  mib('serve JS heap used after GC (MiB)', baseline.hostHeapBytes, end.hostHeapBytes);
  mib('serve external memory after GC (MiB)', baseline.hostExternalBytes, end.hostExternalBytes);
  for (const kind of FD_KINDS) count(`fds: ${kind}`, baseline.fds[kind], end.fds[kind]);
  for (const type of union(baseline.handles, end.handles))
    count(`handles: ${type}`, baseline.handles[type] ?? 0, end.handles[type] ?? 0);
  for (const type of union(baseline.resources, end.resources))
    count(`resources: ${type}`, baseline.resources[type] ?? 0, end.resources[type] ?? 0);
  count('terminals open', baseline.terminalsOpen, end.terminalsOpen);
  for (const name of union(baseline.children, end.children))
    count(`child processes: ${name}`, baseline.children[name] ?? 0, end.children[name] ?? 0);
  const header = ['figure', 'baseline', 'end', 'change'];
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column]?.length ?? 0)),
  );
  const pad = (cell: string, column: number) =>
    column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0);
  const line = (cells: string[]) => `| ${cells.map(pad).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

function union(a: Record<string, number>, b: Record<string, number>): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
}
