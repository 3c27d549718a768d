import { createServer } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type LoadProgress,
  type LoadRun,
  startLoad,
} from '../../../electron/host/sandbox/load/loadGenerator';
import { DEFAULT_REQUEST_MIX } from '../../../electron/host/sandbox/load/requestMix';
import {
  type RunningSandboxService,
  startSandboxService,
} from '../../../electron/host/sandbox/service/sandboxService';

/** Rejects when `promise` takes longer than `ms`: every wait in these tests is bounded. */
function within<T>(ms: number, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`still waiting after ${ms} ms`)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

describe('the rehearsal load generator', () => {
  let service: RunningSandboxService;
  let target: string;
  let run: LoadRun | undefined;

  beforeEach(async () => {
    service = await startSandboxService({ port: 0, crash: () => {} });
    target = `http://127.0.0.1:${service.port}`;
  });
  afterEach(async () => {
    await run?.stop();
    run = undefined;
    await service.close();
  });

  it('ramps VUs up and down over the profile, reporting progress, and the service counts it', async () => {
    const progress: LoadProgress[] = [];
    run = await startLoad({
      target,
      profile: { vus: 10, rampUpSeconds: 3, holdSeconds: 2, rampDownSeconds: 2, vuRequestsPerSecond: 10 },
      // Enough wrong passwords that a seven-second run surely makes some.
      mix: { ...DEFAULT_REQUEST_MIX, wrongPasswordShare: 0.3 },
      onProgress: (report) => progress.push(report),
    });
    const summary = await within(12_000, run.done);

    expect(summary).toMatchObject({ endedBy: 'schedule', peakVus: 10, errors: 0 });
    expect(summary.elapsedSeconds).toBeGreaterThanOrEqual(7);
    expect(summary.elapsedSeconds).toBeLessThan(8);
    expect(summary.requests).toBeGreaterThan(100);
    expect(summary.non2xx).toBeGreaterThan(0);

    const vus = progress.map((report) => report.vus);
    const peakAt = vus.indexOf(10);
    expect(peakAt).toBeGreaterThan(0);
    expect(vus.slice(0, peakAt + 1)).toEqual([...vus.slice(0, peakAt + 1)].sort((a, b) => a - b));
    expect(vus.slice(peakAt)).toEqual([...vus.slice(peakAt)].sort((a, b) => b - a));
    expect(vus[0]).toBeLessThan(10);
    expect(vus.at(-2)).toBeLessThan(10);
    expect(progress.map((report) => report.phase)).toEqual(
      expect.arrayContaining(['ramp-up', 'hold', 'ramp-down', 'done']),
    );
    expect(progress.at(-1)).toMatchObject({ phase: 'done', vus: 0, requests: summary.requests });
    const busy = progress.find((report) => report.phase === 'hold');
    expect(busy?.requestsPerSecond).toBeGreaterThan(10);
    expect(busy?.latencyP50Ms).toBeGreaterThanOrEqual(0);
    expect(busy?.latencyP95Ms).toBeGreaterThanOrEqual(busy?.latencyP50Ms ?? 0);

    const metrics = await (await fetch(`${target}/metrics`)).text();
    for (const route of ['/api/feed', '/api/notifications', '/api/login', '/api/posts']) {
      expect(metrics).toMatch(new RegExp(`^http_requests_total\\{[^}]*route="${route}"[^}]*\\} [1-9]`, 'm'));
    }
    expect(metrics).toMatch(/^auth_failures_total(\{[^}]*\})? [1-9]/m);
  });

  it('stops at once mid-hold and reports what it did', async () => {
    let reachedHold: () => void = () => {};
    const inHold = new Promise<void>((resolve) => {
      reachedHold = resolve;
    });
    run = await startLoad({
      target,
      profile: { vus: 4, rampUpSeconds: 1, holdSeconds: 60, rampDownSeconds: 1 },
      onProgress: (report) => report.phase === 'hold' && reachedHold(),
    });
    await within(5_000, inHold);

    const asked = performance.now();
    const summary = await within(3_000, run.stop());
    expect(performance.now() - asked).toBeLessThan(1_500);
    expect(summary).toMatchObject({ endedBy: 'stop', peakVus: 4 });
    expect(summary.requests).toBeGreaterThan(0);
    expect(await within(100, run.done)).toEqual(summary);
  });

  it('counts a target going away as errors, without a busy loop, and resumes when it is back', async () => {
    const { port } = service;
    const progress: LoadProgress[] = [];
    run = await startLoad({
      target,
      profile: { vus: 4, rampUpSeconds: 0, holdSeconds: 6, rampDownSeconds: 0 },
      onProgress: (report) => progress.push(report),
    });
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await service.close();
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const whileDown = progress.at(-1)?.requests ?? 0;
    service = await startSandboxService({ port, crash: () => {} });
    const summary = await within(9_000, run.done);

    expect(summary.endedBy).toBe('schedule');
    expect(summary.lastError).toMatch(/ECONNREFUSED/);
    // One refusal per VU cohort per retry second, not autocannon's thousands of reconnects.
    expect(summary.errors).toBeGreaterThan(0);
    expect(summary.errors).toBeLessThan(50);
    expect(summary.requests).toBeGreaterThan(whileDown + 10);
  });
});

describe('a load target that refuses connections', () => {
  it('is refused at the start with an error naming it', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as { port: number };
    await new Promise((resolve) => closed.close(resolve));
    const target = `http://127.0.0.1:${port}`;

    await expect(
      within(
        3_000,
        startLoad({ target, profile: { vus: 1, rampUpSeconds: 0, holdSeconds: 1, rampDownSeconds: 0 } }),
      ),
    ).rejects.toThrow(`load target ${target} refuses connections (ECONNREFUSED)`);
  });

  it('is checked after the profile, whose errors come first', async () => {
    await expect(
      startLoad({
        target: 'http://127.0.0.1:1',
        profile: { vus: 1000, rampUpSeconds: 0, holdSeconds: 1, rampDownSeconds: 0 },
      }),
    ).rejects.toThrow(/^load profile vus: /);
    await expect(
      startLoad({
        target: 'not a url',
        profile: { vus: 1, rampUpSeconds: 0, holdSeconds: 1, rampDownSeconds: 0 },
      }),
    ).rejects.toThrow('load target "not a url" is not a URL');
  });
});

describe('the load generator in the host process', () => {
  it('holds 20 VUs through an outage without growing the host by a histogram per cohort', async () => {
    let service = await startSandboxService({ port: 0, crash: () => {} });
    const { port } = service;
    const before = process.memoryUsage().external;
    const run = await startLoad({
      target: `http://127.0.0.1:${port}`,
      profile: { vus: 20, rampUpSeconds: 0, holdSeconds: 5, rampDownSeconds: 0 },
    });
    try {
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      // Down for two seconds: every refused cohort is restarted each second, as in a crash drill.
      await service.close();
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      service = await startSandboxService({ port, crash: () => {} });
      const summary = await within(9_000, run.done);
      expect(summary.errors).toBeGreaterThan(0);
      // 20 cohorts and their restarts: autocannon's default WebAssembly histograms grew this by 175 MiB.
      expect((process.memoryUsage().external - before) / 2 ** 20).toBeLessThan(10);
    } finally {
      await run.stop();
      await service.close();
    }
  });
});
