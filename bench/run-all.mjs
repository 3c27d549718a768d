// Runs every benchmark under bench/ (each folder with a run.ts), one after another, writes
// BENCHMARKS.md (the machine, each figure against its same-run baseline and its target), and exits
// non-zero if any missed its target, crashed, or printed no result line.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchmarksMarkdown } from './benchmarksMarkdown.mjs';

const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
const TSX = join(BENCH_DIR, '..', 'node_modules', '.bin', 'tsx');

/** Each bench promises to finish well inside this; past it, it is stopped and counts as failed. */
const BENCH_TIMEOUT_MS = 5 * 60_000;

/** After SIGTERM, a bench gets this long to close its browser and server before SIGKILL. */
const KILL_GRACE_MS = 15_000;

let running = null;
let interrupted = false;

function benchEntries() {
  return readdirSync(BENCH_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(BENCH_DIR, entry.name, 'run.ts')))
    .map((entry) => ({ name: entry.name, entry: join(BENCH_DIR, entry.name, 'run.ts') }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Runs one bench in its own process group, echoing its output; resolves with its code, output lines and last line. */
function runBench({ entry }) {
  return new Promise((resolve) => {
    const child = spawn(TSX, [entry], { stdio: ['ignore', 'pipe', 'inherit'], detached: true });
    running = child;
    let lastLine = '';
    let pending = '';
    const output = [];
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      pending += chunk.toString();
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      const complete = lines.filter((line) => line.trim() !== '');
      output.push(...complete);
      if (complete.length > 0) lastLine = complete[complete.length - 1];
    });
    const timer = setTimeout(() => {
      console.error(`${entry}: still running after ${BENCH_TIMEOUT_MS / 1000} s; stopping it`);
      stop(child);
    }, BENCH_TIMEOUT_MS);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      running = null;
      if (pending.trim() !== '') {
        lastLine = pending.trim();
        output.push(lastLine);
      }
      resolve({ code: code ?? 1, signal, lastLine, output });
    });
  });
}

function stop(child) {
  signalGroup(child, 'SIGTERM');
  setTimeout(() => signalGroup(child, 'SIGKILL'), KILL_GRACE_MS).unref();
}

function signalGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

function parseResult(line) {
  try {
    const result = JSON.parse(line);
    return typeof result === 'object' && result !== null && 'bench' in result ? result : null;
  } catch {
    return null;
  }
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    interrupted = true;
    if (running) stop(running);
  });
}

// `npm run bench -- report journal` runs only those; BENCHMARKS.md is written only by a full run.
const wanted = process.argv.slice(2);
const benches = benchEntries().filter((bench) => wanted.length === 0 || wanted.includes(bench.name));
const summary = [];
const runs = [];
for (const bench of benches) {
  console.log(`\n=== ${bench.name}`);
  const { code, signal, lastLine, output } = await runBench(bench);
  const result = parseResult(lastLine);
  const ok = code === 0 && result !== null && result.pass !== false;
  runs.push({ name: bench.name, ok, result, output: result ? output.slice(0, -1) : output, code, signal });
  const figure = result
    ? `${result.value} ${result.unit} (baseline ${result.baseline}, ratio ${result.ratio})`
    : 'no result line';
  summary.push(
    `${ok ? 'PASS' : 'FAIL'}  ${bench.name}: ${figure}${signal ? `, ended by ${signal}` : `, exit ${code}`}`,
  );
  if (interrupted) break;
}

if (wanted.length === 0 && !interrupted) {
  const benchmarksFile = join(BENCH_DIR, '..', 'BENCHMARKS.md');
  writeFileSync(benchmarksFile, benchmarksMarkdown(runs, new Date()));
  console.log(`\nwrote ${benchmarksFile}`);
}

console.log('\n=== summary');
for (const line of summary) console.log(line);
if (benches.length === 0) console.log('no benchmarks found');
if (interrupted || summary.some((line) => line.startsWith('FAIL'))) process.exitCode = 1;
