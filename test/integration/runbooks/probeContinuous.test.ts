import { setTimeout as delay } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { ContinuousProbe } from '../../../electron/host/runbooks/probes/continuousProbe';
import type { ProbeDeps } from '../../../electron/host/runbooks/probes/runProbe';
import { type ProbedServer, startProbedServer } from './probeServers';
import { httpProbe, preciseNow, probeStep } from './probeSteps';

/** Timer and event-loop slack on a busy two-core machine. */
const SLACK_MS = 150;

const servers: ProbedServer[] = [];
const probes: ContinuousProbe[] = [];
afterEach(async () => {
  await Promise.all(probes.splice(0).map((probe) => probe.stop()));
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function serve(...args: Parameters<typeof startProbedServer>): Promise<ProbedServer> {
  const server = await startProbedServer(...args);
  servers.push(server);
  return server;
}

/** Starts a continuous probe and records its breaks with the time they came. */
function watch(step: ReturnType<typeof probeStep>, observations: string[] = []) {
  const probe = new ContinuousProbe();
  probes.push(probe);
  const breaks: { message: string; at: number }[] = [];
  const deps: ProbeDeps = { now: preciseNow, prometheus: null, onCheck: (seen) => observations.push(seen) };
  probe.start(step, deps, (message) => breaks.push({ message, at: performance.now() }));
  return { probe, breaks };
}

describe('ContinuousProbe, http, against a real server on 127.0.0.1', () => {
  it('holds while the server is good, and breaks once, within an interval, when it turns bad', async () => {
    const server = await serve({ status: 200 });
    const step = probeStep(httpProbe(server.url), {
      name: 'api-up',
      mode: 'continuous',
      withinMs: 0,
      intervalMs: 200,
    });
    const observations: string[] = [];
    const { probe, breaks } = watch(step, observations);
    await delay(1100);
    expect(breaks).toEqual([]);
    expect(probe.status).toMatchObject({ state: 'holding', lastObservation: 'status 200' });
    expect(probe.status.checks).toBeGreaterThanOrEqual(5);
    expect(probe.status.checks).toBeLessThanOrEqual(7);

    server.answer = { status: 503 };
    const turnedAt = performance.now();
    await delay(200 + SLACK_MS + 100);
    expect(breaks).toHaveLength(1);
    const after = (breaks[0]?.at ?? 0) - turnedAt;
    console.log(`turned bad; onBreak ${Math.round(after)} ms later (interval 200 ms)`);
    expect(after).toBeLessThanOrEqual(200 + SLACK_MS);
    expect(breaks[0]?.message).toMatch(/^probe api-up broke at \d\d:\d\d:\d\d: status 503, expected 200$/);
    expect(probe.status).toMatchObject({ state: 'broken', lastObservation: 'status 503, expected 200' });

    const sent = server.requests.length;
    await delay(600);
    expect(breaks).toHaveLength(1);
    expect(server.requests).toHaveLength(sent);
    expect(observations).toHaveLength(probe.status.checks);
  }, 10_000);

  it('sends nothing more once stopped', async () => {
    const server = await serve({ status: 200 });
    const { probe, breaks } = watch(
      probeStep(httpProbe(server.url), { mode: 'continuous', intervalMs: 100 }),
    );
    await delay(500);
    const started = performance.now();
    await probe.stop();
    console.log(`stop() resolved in ${Math.round(performance.now() - started)} ms`);
    const sent = server.requests.length;
    expect(sent).toBeGreaterThanOrEqual(4);
    await delay(500);
    expect(server.requests).toHaveLength(sent);
    expect(probe.status.state).toBe('stopped');
    expect(breaks).toEqual([]);
  }, 10_000);

  it('must be met within its `within` first, and breaks when it is not', async () => {
    const server = await serve({ status: 503 });
    const step = probeStep(httpProbe(server.url), { mode: 'continuous', withinMs: 600, intervalMs: 100 });
    const started = performance.now();
    const { probe, breaks } = watch(step);
    await delay(100);
    expect(probe.status.state).toBe('starting');
    await delay(900);
    expect(breaks).toHaveLength(1);
    const at = (breaks[0]?.at ?? 0) - started;
    console.log(`within 600 ms, never met: broke at ${Math.round(at)} ms`);
    expect(at).toBeGreaterThanOrEqual(600);
    expect(breaks[0]?.message).toBe('probe health-up missed its 600ms deadline: status 503, expected 200');
    expect(probe.status.state).toBe('broken');
  }, 10_000);

  it('goes from starting to holding when the server turns good within its `within`', async () => {
    const server = await serve({ status: 503 });
    const step = probeStep(httpProbe(server.url), { mode: 'continuous', withinMs: 2000, intervalMs: 100 });
    const { probe, breaks } = watch(step);
    await delay(400);
    expect(probe.status.state).toBe('starting');
    server.answer = { status: 200 };
    await delay(600);
    expect(probe.status.state).toBe('holding');
    await delay(1600);
    expect(breaks).toEqual([]);
    expect(probe.status.state).toBe('holding');
  }, 10_000);

  it('breaks at its first check with no `within`', async () => {
    const server = await serve({ status: 500 });
    const { probe, breaks } = watch(probeStep(httpProbe(server.url), { mode: 'continuous', withinMs: 0 }));
    await delay(300);
    expect(breaks.map((b) => b.message)).toEqual(['probe health-up was not met: status 500, expected 200']);
    expect(probe.status).toMatchObject({ state: 'broken', checks: 1 });
  });

  it('never overlaps checks: a slow answer delays the next one', async () => {
    const server = await serve({ status: 200, delayMs: 180 });
    const { probe, breaks } = watch(probeStep(httpProbe(server.url), { mode: 'continuous', intervalMs: 50 }));
    await delay(1500);
    await probe.stop();
    const gaps = server.requests.slice(1).map((request, i) => request.at - (server.requests[i]?.at ?? 0));
    console.log(
      `answers take 180 ms, interval 50 ms: ${server.requests.length} checks, shortest gap ${Math.round(Math.min(...gaps))} ms`,
    );
    expect(server.maxInFlight).toBe(1);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(175);
    expect(server.requests.length).toBeLessThanOrEqual(9);
    expect(breaks).toEqual([]);
  }, 10_000);
});
