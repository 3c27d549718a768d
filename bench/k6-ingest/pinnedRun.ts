import { spawn } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';

/** The one core every contender runs on, so that none gets a second core for its GC or its I/O. */
export const BENCH_CORE = '0';

/** One contender's run longer than this means something is wrong, not slow. */
const RUN_TIMEOUT_MS = 60_000;

export interface PinnedRun {
  seconds: number;
  exitCode: number | null;
  /** What the process printed on stdout, unless it was sent to /dev/null. */
  stdout: string;
}

/**
 * Runs `command` pinned to BENCH_CORE with `taskset` and measures its wall time, process start
 * included. With `discardStdout`, stdout goes straight to /dev/null (as a shell's `> /dev/null`).
 */
export function runPinned(command: string[], discardStdout = false): Promise<PinnedRun> {
  return new Promise((resolve, reject) => {
    const devNull = discardStdout ? openSync('/dev/null', 'w') : null;
    const started = performance.now();
    const child = spawn('taskset', ['-c', BENCH_CORE, ...command], {
      stdio: ['ignore', devNull ?? 'pipe', 'pipe'],
    });
    if (devNull !== null) closeSync(devNull);
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr?.on('data', (chunk) => {
      stderr += chunk;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), RUN_TIMEOUT_MS);
    child.once('error', reject);
    child.once('close', (code, signal) => {
      const seconds = (performance.now() - started) / 1000;
      clearTimeout(timer);
      if (signal !== null) reject(new Error(`${command.join(' ')}: ended by ${signal}\n${stderr}`));
      else resolve({ seconds, exitCode: code, stdout });
    });
  });
}
