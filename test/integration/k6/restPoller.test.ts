import { createServer as createHttpServer } from 'node:http';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { K6RestClient } from '../../../electron/host/k6/rest/k6RestClient';
import { K6RestPoller, type K6RestTransition } from '../../../electron/host/k6/rest/k6RestPoller';
import type { K6RunStatus } from '../../../electron/host/k6/rest/k6RunStatus';
import { type K6RestStandIn, startK6RestStandIn } from '../../support/k6RestStandIn';

/** Fast polling so a short test sees many rounds. */
const TEST_INTERVAL_MS = 20;
/** A low cap so the backoff reaches it within a fraction of a second. */
const TEST_MAX_BACKOFF_MS = 100;
/** Timer slack on a busy two-core machine. */
const SLACK_MS = 80;

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function waitFor(condition: () => boolean, what: string, timeoutMs = 3_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(5);
  }
}

/** A port on 127.0.0.1 nothing listens on (it was free a moment ago). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** A real client, watched: when each request starts and how many are under way at once. */
function watchedClient(address: string, delayMs = 0) {
  const client = new K6RestClient(address);
  const watch = { starts: [] as number[], active: 0, mostActive: 0 };
  const status = async (signal?: AbortSignal) => {
    watch.starts.push(performance.now());
    watch.active += 1;
    watch.mostActive = Math.max(watch.mostActive, watch.active);
    try {
      if (delayMs > 0) await sleep(delayMs);
      return await client.status(signal);
    } finally {
      watch.active -= 1;
    }
  };
  return { client: { address, status }, watch };
}

function startPoller(client: Pick<K6RestClient, 'address' | 'status'>) {
  const statuses: K6RunStatus[] = [];
  const transitions: K6RestTransition[] = [];
  const poller = K6RestPoller.start({
    client,
    onStatus: (status) => statuses.push(status),
    onTransition: (transition) => transitions.push(transition),
    intervalMs: TEST_INTERVAL_MS,
    maxBackoffMs: TEST_MAX_BACKOFF_MS,
  });
  cleanups.push(() => poller.stop());
  return { poller, statuses, transitions };
}

async function standIn(port = 0): Promise<K6RestStandIn> {
  const k6 = await startK6RestStandIn(port);
  cleanups.push(() => k6.close());
  return k6;
}

describe('k6 REST poller', { timeout: 8_000 }, () => {
  it('reports every status read, one request at a time', async () => {
    const k6 = await standIn();
    // Each request takes longer than the interval: a poller that overlapped would run several at once.
    const { client, watch } = watchedClient(k6.address, 3 * TEST_INTERVAL_MS);
    const { statuses, transitions } = startPoller(client);
    await waitFor(() => statuses.length >= 4, 'four statuses');
    expect(watch.mostActive).toBe(1);
    expect(statuses[0]).toMatchObject({ state: 'running', paused: false, vus: 1, vusMax: 1 });
    expect(transitions).toEqual([]);
    await new K6RestClient(k6.address).pause();
    await waitFor(() => statuses.at(-1)?.paused === true, 'the pause to show');
  });

  it('tells unreachable once, backs off up to the cap, and tells reachable once on recovery', async () => {
    const port = await closedPort();
    const address = `127.0.0.1:${port}`;
    const { client, watch } = watchedClient(address);
    const { statuses, transitions } = startPoller(client);
    await sleep(700);
    expect(transitions).toEqual([
      {
        kind: 'k6.unreachable',
        address,
        failure: 'unreachable',
        reason: `k6's REST API at ${address} is unreachable: connection refused`,
      },
    ]);
    const gaps = watch.starts.slice(1).map((start, index) => start - (watch.starts[index] ?? start));
    // 20, 40, 80, then 100 ms at most: about 8 attempts in 700 ms, never one per interval.
    expect(gaps.length).toBeGreaterThanOrEqual(4);
    expect(gaps.length).toBeLessThan(700 / TEST_INTERVAL_MS / 2);
    for (const gap of gaps) expect(gap).toBeLessThan(TEST_MAX_BACKOFF_MS + SLACK_MS);
    expect(gaps.at(-1)).toBeGreaterThanOrEqual(TEST_MAX_BACKOFF_MS - 5);

    await standIn(port);
    await waitFor(() => statuses.length >= 3, 'statuses after recovery', 1_000);
    expect(transitions.map((transition) => transition.kind)).toEqual(['k6.unreachable', 'k6.reachable']);
    expect(transitions[1]).toEqual({ kind: 'k6.reachable', address });
  });

  it('tells a foreign answer as unusable once, with what answered', async () => {
    const server = createHttpServer((_, response) => {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end('<html>login</html>');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    cleanups.push(() => new Promise((resolve) => server.close(() => resolve())));
    const address = `127.0.0.1:${(server.address() as { port: number }).port}`;
    const { client, watch } = watchedClient(address);
    const { transitions } = startPoller(client);
    await waitFor(() => watch.starts.length >= 3, 'three attempts');
    expect(transitions).toHaveLength(1);
    expect(transitions[0]).toMatchObject({ kind: 'k6.unreachable', failure: 'notK6' });
  });

  it('asks nothing more once stopped', async () => {
    const k6 = await standIn();
    const { client, watch } = watchedClient(k6.address);
    const { poller, statuses } = startPoller(client);
    await waitFor(() => statuses.length >= 2, 'two statuses');
    await poller.stop();
    const asked = watch.starts.length;
    const told = statuses.length;
    await sleep(5 * TEST_INTERVAL_MS);
    expect(watch.starts.length).toBe(asked);
    expect(statuses.length).toBe(told);
  });
});
