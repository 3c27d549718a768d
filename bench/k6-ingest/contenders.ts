import { fileURLToPath } from 'node:url';
import type { BenchFile } from './generateBenchFile';
import { type PinnedRun, runPinned } from './pinnedRun';

const PLAIN_NODE_BASELINE = fileURLToPath(new URL('./plainNodeBaseline.mjs', import.meta.url));
export const WARROOM_CLI = fileURLToPath(new URL('../../bin/warroom.js', import.meta.url));

/** What `warroom k6 summarize` exits with when a threshold failed: the generated test fails some. */
const THRESHOLD_FAILED_EXIT_CODE = 99;

export interface Contender {
  name: string;
  /** The command line, as printed. */
  shown: string;
  run(file: BenchFile): Promise<PinnedRun>;
}

function expectExit(run: PinnedRun, name: string, allowed: (number | null)[]): void {
  if (!allowed.includes(run.exitCode)) throw new Error(`${name} exited with ${run.exitCode}`);
}

/** The http_reqs count of a `--json` summary must be what the generator wrote: the whole file was read. */
function expectAllRequests(run: PinnedRun, name: string, file: BenchFile): void {
  const summary = JSON.parse(run.stdout) as { metrics: { http_reqs?: { values: { count?: number } } } };
  const count = summary.metrics.http_reqs?.values.count;
  if (count !== file.httpReqs)
    throw new Error(`${name} counted ${count} http_reqs, ${file.httpReqs} written`);
}

/**
 * The judged contender: the summarizer `warroom k6 summarize` runs, bundled (bundleSummarizer.ts)
 * and run in a fresh Node process that loads only it.
 */
export function summarizerContender(bundle: string): Contender {
  return {
    name: 'warroom summarizer',
    shown: 'node summarize.mjs FILE (summarizeK6Output, bundled as the CLI is; the same JSON)',
    async run(file) {
      const run = await runPinned([process.execPath, bundle, file.path]);
      expectExit(run, this.name, [0]);
      expectAllRequests(run, this.name, file);
      return run;
    },
  };
}

/** The built CLI as a user runs it today: the same summarizer after the CLI has loaded every command. */
export const warroomCliContender: Contender = {
  name: 'warroom CLI',
  shown: 'node bin/warroom.js k6 summarize FILE --json',
  async run(file) {
    const run = await runPinned([process.execPath, WARROOM_CLI, 'k6', 'summarize', file.path, '--json']);
    expectExit(run, this.name, [0, THRESHOLD_FAILED_EXIT_CODE]);
    expectAllRequests(run, this.name, file);
    return run;
  },
};

export const plainNodeContender: Contender = {
  name: 'plain Node',
  shown: 'node plainNodeBaseline.mjs FILE (readline + JSON.parse per line)',
  async run(file) {
    const run = await runPinned([process.execPath, PLAIN_NODE_BASELINE, file.path]);
    expectExit(run, this.name, [0]);
    if (Number(run.stdout) !== file.points) {
      throw new Error(`plain Node counted ${run.stdout.trim()} points, ${file.points} written`);
    }
    return run;
  },
};

export const jqContender: Contender = {
  name: 'jq',
  shown: `jq -c 'select(.type=="Point")' FILE > /dev/null`,
  async run(file) {
    const run = await runPinned(['jq', '-c', 'select(.type=="Point")', file.path], true);
    expectExit(run, this.name, [0]);
    return run;
  },
};
