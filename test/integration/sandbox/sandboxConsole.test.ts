import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSandboxState } from '../../../electron/host/sandbox/control/sandboxState';
import { freeLoopbackPort } from '../../../electron/host/sandbox/supervisor/freePort';
import type { EventKind } from '../../../shared/journalTypes';
import type { SandboxStatus } from '../../../shared/sandboxTypes';
import { SOURCE_SERVICE_ENTRY } from '../../support/sandboxServiceEntry';
import { type ServeFixture, startServeFixture } from '../../support/serveFixture';
import { WsTestClient } from '../../support/wsTestClient';

/** Prometheus scrapes every second; this is many scrapes, for a loaded CI machine. */
const SCRAPE_WAIT_MS = 30_000;

async function instantQuery(prometheusUrl: string, query: string): Promise<number | null> {
  const url = `${prometheusUrl}/api/v1/query?query=${encodeURIComponent(query)}`;
  const body = (await (await fetch(url)).json()) as { data: { result: { value: [number, string] }[] } };
  const sample = body.data.result[0];
  return sample ? Number(sample.value[1]) : null;
}

async function answers(url: string): Promise<boolean> {
  try {
    await fetch(url, { signal: AbortSignal.timeout(1_000) });
    return true;
  } catch {
    return false;
  }
}

describe('the sandbox driven from a console, over the API', () => {
  let serve: ServeFixture;
  let operator: WsTestClient;
  let viewer: WsTestClient;
  let stateDir: string;
  let status: SandboxStatus;
  const seen: SandboxStatus[] = [];

  async function kinds(): Promise<{ kind: EventKind; actor: string; subject: string }[]> {
    const day = (await operator.call('journal.status', {})).currentDay;
    if (!day) return [];
    const { events } = await operator.call('journal.timeline', { dayId: day.id, offset: 0, limit: 500 });
    return events
      .filter((event) => /^(fault|sandbox|service|load)\./.test(event.kind))
      .map(({ kind, actor, subject }) => ({ kind, actor, subject }));
  }

  beforeAll(async () => {
    stateDir = mkdtempSync(join(tmpdir(), 'warroom-sandbox-state-'));
    serve = await startServeFixture({
      sandbox: {
        target: {
          entry: SOURCE_SERVICE_ENTRY,
          environment: 'sandbox',
          config: {
            servicePort: await freeLoopbackPort(),
            prometheusPort: await freeLoopbackPort(),
            rehearsalFactor: 60,
            restartDelayMs: 1_000,
            load: 'smoke',
            useRedis: false,
          },
        },
        statePath: join(stateDir, 'sandbox.json'),
      },
    });
    operator = await WsTestClient.session(serve.operatorSocketUrl);
    viewer = await WsTestClient.session(serve.viewerSocketUrl, 'test-viewer-0001');
    await operator.call('journal.setOperator', { name: 'ana' });
    operator.on('sandbox.changed', (change) => seen.push(change));
  });
  afterAll(async () => {
    await viewer?.close();
    await operator?.close();
    await serve?.stop();
    rmSync(stateDir, { recursive: true, force: true });
  });

  it('offers the workspace environment’s sandbox, stopped, and refuses a viewer', async () => {
    expect(await viewer.call('sandbox.status', {})).toMatchObject({
      unavailable: null,
      environment: 'sandbox',
      state: 'stopped',
      defaultLoad: 'smoke',
    });
    await expect(viewer.call('sandbox.start', {})).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('starts the service and a Prometheus that scrapes it and Warroom itself', async () => {
    status = await operator.call('sandbox.start', { load: null });
    expect(status).toMatchObject({
      state: 'running',
      owner: 'console',
      startedBy: 'ana',
      dependency: { kind: 'built-in', port: null, reason: 'redis-server was turned off for this sandbox' },
      prometheusProblem: null,
    });
    const prometheus = status.prometheusUrl ?? '';
    expect(prometheus).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(readSandboxState(join(stateDir, 'sandbox.json'))).toMatchObject({
      owner: 'console',
      pid: process.pid,
    });
    await expect.poll(() => seen.at(-1)?.health?.status, { timeout: 10_000 }).toBe('UP');
    const scraped = { timeout: SCRAPE_WAIT_MS, interval: 500 };
    await expect.poll(() => instantQuery(prometheus, 'up{job="sandbox"}'), scraped).toBe(1);
    await expect.poll(() => instantQuery(prometheus, 'up{job="warroom"}'), scraped).toBe(1);
    // The console's own health polls, as Prometheus sees them in Warroom's metrics.
    await expect
      .poll(
        () => instantQuery(prometheus, 'warroom_poll_duration_seconds_count{source="sandbox-health"}'),
        scraped,
      )
      .toBeGreaterThan(0);
  });

  it('sets a fault, shows it in force and journals it as the operator’s', async () => {
    status = await operator.call('sandbox.fault', {
      fault: { kind: 'latency', ms: 200, route: '/api/feed' },
    });
    expect(status.faults).toMatchObject({ latencyMs: 200, latencyRoute: '/api/feed', dependencyUp: true });
    await expect(
      operator.call('sandbox.fault', { fault: { kind: 'errors', rate: 2 } }),
    ).rejects.toMatchObject({
      code: 'bad_request',
    });
    expect(await kinds()).toContainEqual({
      kind: 'fault.set',
      actor: 'ana',
      subject: 'Sandbox fault: latency +200 ms on /api/feed',
    });
  });

  it('starts and stops load, with progress, and journals both ends', async () => {
    await operator.call('sandbox.startLoad', { preset: 'smoke' });
    await expect
      .poll(() => seen.at(-1)?.load.progress?.requests ?? 0, { timeout: 10_000 })
      .toBeGreaterThan(0);
    expect(seen.at(-1)?.load).toMatchObject({ running: true, preset: 'smoke' });
    await expect(operator.call('sandbox.startLoad', { preset: 'ramp' })).rejects.toThrow(/already running/);
    await operator.call('sandbox.stopLoad', {});
    await expect.poll(() => seen.at(-1)?.load).toMatchObject({ running: false, endedBy: 'stop' });
    await expect
      .poll(async () => (await kinds()).map((event) => event.kind).filter((kind) => kind.startsWith('load.')))
      .toEqual(['load.started', 'load.finished']);
  });

  it('shows a crash as unreachable, then up again after the restart delay', async () => {
    const from = seen.length;
    await operator.call('sandbox.fault', { fault: { kind: 'crash' } });
    await expect
      .poll(() => seen.slice(from).some((change) => change.health?.status === 'UNREACHABLE'), {
        timeout: 10_000,
      })
      .toBe(true);
    await expect.poll(() => seen.at(-1)?.health?.status, { timeout: 15_000 }).toBe('UP');
    await expect
      .poll(async () => (await kinds()).map((event) => event.kind))
      .toEqual(expect.arrayContaining(['service.down', 'service.up']));
  });

  it('stops everything it started, and says so', async () => {
    await expect(operator.call('sandbox.start', {})).rejects.toMatchObject({
      code: 'refused',
      message: expect.stringMatching(/already running/),
    });
    const { serviceUrl, prometheusUrl } = seen.at(-1) ?? status;
    status = await operator.call('sandbox.stop', {});
    expect(status).toMatchObject({ state: 'stopped', serviceUrl: null, health: null });
    expect(await answers(`${serviceUrl}/health`)).toBe(false);
    expect(await answers(`${prometheusUrl}/-/ready`)).toBe(false);
    expect(readSandboxState(join(stateDir, 'sandbox.json'))).toBeNull();
    const events = await kinds();
    expect(events.at(0)).toMatchObject({ kind: 'sandbox.started', actor: 'ana' });
    expect(events.at(-1)).toMatchObject({ kind: 'sandbox.stopped', actor: 'ana' });
  });
});
