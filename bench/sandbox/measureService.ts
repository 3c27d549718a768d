import { type ChildProcess, spawn } from 'node:child_process';
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

export interface Round {
  instrumented: boolean;
  requestsPerSecond: number;
  errors: number;
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
    const result = await autocannon({
      url: `http://127.0.0.1:${port}`,
      connections: CONNECTIONS,
      duration: ROUND_SECONDS,
      requests: REQUEST_MIX,
    });
    return {
      instrumented,
      requestsPerSecond: result.requests.average,
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
