import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';

/** Long enough for a steady rate, short enough for ten rounds in under two minutes. */
const ROUND_SECONDS = 8;

/** Enough concurrent clients to keep one core busy without queueing for seconds. */
const CONNECTIONS = 32;

/** The core the service gets to itself; the load generator stays off it. */
export const SERVICE_CORE = 0;

/** The flow a stress test drives, in the proportions a feed-heavy app sees. */
const REQUEST_MIX: autocannon.Request[] = [
  { method: 'GET', path: '/api/feed' },
  { method: 'GET', path: '/api/feed' },
  { method: 'GET', path: '/api/notifications' },
  {
    method: 'POST',
    path: '/api/login',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ user: 'bench', password: 'rehearsal' }),
  },
  {
    method: 'POST',
    path: '/api/posts',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ author: 'bench', text: 'load' }),
  },
];

/** Linux counts process CPU time in these ticks (USER_HZ, 100 on every distribution). */
const CLOCK_TICKS_PER_SECOND = 100;

export interface Round {
  instrumented: boolean;
  requestsPerSecond: number;
  /**
   * Requests served per second of the service's own CPU time: what one core serves, whatever
   * else the machine was doing (another process on the core lowers requests/s, not this).
   */
  requestsPerCpuSecond: number;
  errors: number;
}

/** User plus system CPU seconds a process has used so far, from /proc. */
function cpuSeconds(pid: number): number {
  // The command name (field 2) may hold spaces; the fields after its closing parenthesis do not.
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  // utime and stime are fields 14 and 15 of the whole line: 12th and 13th after the name.
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND;
}

/** Starts the service pinned to one core, drives it for a round, and stops it. */
export async function measureRound(instrumented: boolean): Promise<Round> {
  const child = spawn(
    'taskset',
    [
      '-c',
      String(SERVICE_CORE),
      process.execPath,
      '--import',
      'tsx',
      'bench/sandbox/serviceProcess.ts',
      instrumented ? 'on' : 'off',
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  try {
    const port = await portOf(child);
    const pid = child.pid ?? 0;
    // taskset execs the service in its own place, so this pid is the service's.
    const cpuBefore = cpuSeconds(pid);
    const result = await autocannon({
      url: `http://127.0.0.1:${port}`,
      connections: CONNECTIONS,
      duration: ROUND_SECONDS,
      requests: REQUEST_MIX,
    });
    const cpuUsed = cpuSeconds(pid) - cpuBefore;
    return {
      instrumented,
      requestsPerSecond: result.requests.average,
      requestsPerCpuSecond: cpuUsed > 0 ? result.requests.total / cpuUsed : 0,
      errors: result.errors + result.non2xx,
    };
  } finally {
    child.kill('SIGTERM');
  }
}

function portOf(child: ChildProcess): Promise<number> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`the service did not start: ${output}`)), 15_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const port = /port (\d+)/.exec(output)?.[1];
      if (port) {
        clearTimeout(timer);
        resolve(Number(port));
      }
    });
    child.once('exit', (code) => reject(new Error(`the service exited with ${code}: ${output}`)));
  });
}
