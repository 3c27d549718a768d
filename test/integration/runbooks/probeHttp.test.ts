import { setTimeout as delay } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { type ProbeDeps, runProbe } from '../../../electron/host/runbooks/probes/runProbe';
import { closedPort, type ProbedServer, startProbedServer } from './probeServers';
import { httpProbe, preciseNow, probeStep } from './probeSteps';

/** Timer and event-loop slack on a busy two-core machine. */
const SLACK_MS = 150;
/** How far past its deadline a failing probe may end (the brief: one interval plus 300 ms). */
const LATE_MS = 300;

const servers: ProbedServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function serve(...args: Parameters<typeof startProbedServer>): Promise<ProbedServer> {
  const server = await startProbedServer(...args);
  servers.push(server);
  return server;
}

function deps(observations: string[] = []): ProbeDeps {
  return { now: preciseNow, prometheus: null, onCheck: (observation) => observations.push(observation) };
}

const json = (value: unknown) => ({ status: 200, body: JSON.stringify(value) });

describe('runProbe, http, against a real server on 127.0.0.1', () => {
  it('passes as soon as the server turns good, before its deadline', async () => {
    const server = await serve({ status: 503 });
    const step = probeStep(httpProbe(`${server.url}/health`), { withinMs: 3000, intervalMs: 200 });
    const observations: string[] = [];
    let turnedAt = 0;
    setTimeout(() => {
      server.answer = { status: 200 };
      turnedAt = performance.now();
    }, 800);
    const outcome = await runProbe(step, deps(observations));
    const after = performance.now() - turnedAt;
    console.log(`turned good at 800 ms, passed ${Math.round(after)} ms later (interval 200 ms)`);
    expect(outcome).toMatchObject({ passed: true, stopped: false, lastObservation: 'status 200' });
    expect(outcome.message).toMatch(/^probe health-up was met after \d+ms: status 200$/);
    expect(after).toBeLessThanOrEqual(200 + SLACK_MS);
    expect(observations[0]).toBe('status 503, expected 200');
    expect(outcome.checks).toBe(server.requests.length);
    expect(server.requests[0]?.path).toBe('/health');
  }, 10_000);

  it('fails at its deadline, not before, when never met', async () => {
    const server = await serve({ status: 503 });
    const step = probeStep(httpProbe(server.url), { withinMs: 1000, intervalMs: 200 });
    const started = performance.now();
    const outcome = await runProbe(step, deps());
    const elapsed = performance.now() - started;
    console.log(`deadline 1000 ms, failed at ${Math.round(elapsed)} ms after ${outcome.checks} checks`);
    expect(outcome).toMatchObject({
      passed: false,
      stopped: false,
      message: 'probe health-up missed its 1s deadline: status 503, expected 200',
      lastObservation: 'status 503, expected 200',
    });
    expect(elapsed).toBeGreaterThanOrEqual(1000);
    expect(elapsed).toBeLessThanOrEqual(1000 + 200 + LATE_MS);
    expect(outcome.elapsedMs).toBeGreaterThanOrEqual(1000);
    // At 0, 200, 400, 600 and the last at 750 (1000 less the minimum check time).
    expect(outcome.checks).toBe(5);
    expect(server.requests).toHaveLength(5);
  }, 10_000);

  it('fails at its deadline when the server hangs, though a check would be given longer', async () => {
    const server = await serve('hang');
    const step = probeStep(httpProbe(server.url), { withinMs: 1000, intervalMs: 5000 });
    const started = performance.now();
    const outcome = await runProbe(step, deps());
    const elapsed = performance.now() - started;
    console.log(`deadline 1000 ms, server hanging, failed at ${Math.round(elapsed)} ms`);
    expect(outcome.message).toBe('probe health-up missed its 1s deadline: no answer before the deadline');
    expect(elapsed).toBeGreaterThanOrEqual(1000);
    expect(elapsed).toBeLessThanOrEqual(1000 + LATE_MS);
  }, 10_000);

  it('keeps what the server last said when the check before the deadline gets no answer', async () => {
    const server = await serve({ status: 503 });
    const step = probeStep(httpProbe(server.url), { withinMs: 1000, intervalMs: 300 });
    setTimeout(() => {
      server.answer = 'hang';
    }, 650);
    const started = performance.now();
    const outcome = await runProbe(step, deps());
    const elapsed = performance.now() - started;
    console.log(`deadline 1000 ms, server hanging from 650 ms, failed at ${Math.round(elapsed)} ms`);
    expect(outcome.message).toBe(
      'probe health-up missed its 1s deadline: status 503, expected 200, then no answer before the deadline',
    );
    expect(outcome.checks).toBe(4);
    expect(elapsed).toBeGreaterThanOrEqual(1000);
    expect(elapsed).toBeLessThanOrEqual(1000 + LATE_MS);
  }, 10_000);

  it('gives each check its interval when the server hangs, and checks again', async () => {
    const server = await serve('hang');
    const step = probeStep(httpProbe(server.url), { withinMs: 1500, intervalMs: 400 });
    const observations: string[] = [];
    const started = performance.now();
    const outcome = await runProbe(step, deps(observations));
    const elapsed = performance.now() - started;
    console.log(`deadline 1500 ms, 400 ms checks against a hung server, failed at ${Math.round(elapsed)} ms`);
    expect(observations.slice(0, 3)).toEqual([
      'timed out after 400ms',
      'timed out after 400ms',
      'timed out after 400ms',
    ]);
    expect(elapsed).toBeLessThanOrEqual(1500 + LATE_MS);
    expect(server.requests.length).toBe(outcome.checks);
  }, 10_000);

  it('judges a JSON value with equals, and says what it found and where it is missing', async () => {
    const server = await serve(json({ status: 'DOWN', checks: [{ name: 'db' }, { 'db-primary': 'UP' }] }));
    const single = (path: string, equals: string | number | boolean | null) =>
      runProbe(probeStep(httpProbe(server.url, { json: { path, equals } }), { withinMs: 0 }), deps());

    expect(await single('$.status', 'UP')).toMatchObject({
      passed: false,
      message: 'probe health-up was not met: $.status is "DOWN", expected "UP"',
      checks: 1,
    });
    expect(await single("$.checks[1]['db-primary']", 'UP')).toMatchObject({
      passed: true,
      lastObservation: `$.checks[1]['db-primary'] is "UP"`,
    });
    expect((await single('$.checks[2].name', 'db')).lastObservation).toBe(
      '$.checks[2].name is missing: $.checks has 2 items',
    );
    expect((await single('$.status.code', 200)).lastObservation).toBe(
      '$.status.code is missing: $.status is a string, not an object',
    );
    server.answer = json({ status: 'UP' });
    expect(await single('$.status', 'UP')).toMatchObject({
      passed: true,
      lastObservation: '$.status is "UP"',
    });
  }, 10_000);

  it('judges a JSON value with matches, and says when the body is not JSON', async () => {
    const server = await serve(json({ version: '1.9.0', build: 4127 }));
    const single = (path: string, matches: string) =>
      runProbe(probeStep(httpProbe(server.url, { json: { path, matches } }), { withinMs: 0 }), deps());

    expect((await single('$.version', '^2\\.')).lastObservation).toBe(
      '$.version is "1.9.0", expected to match /^2\\./',
    );
    expect((await single('$.build', '^41')).passed).toBe(true);
    server.answer = json({ version: '2.3.1' });
    expect((await single('$.version', '^2\\.')).passed).toBe(true);
    server.answer = { status: 200, body: '<html><body>Service Unavailable</body></html>' };
    expect((await single('$.version', '^2\\.')).lastObservation).toBe(
      'the body is not JSON: <html><body>Service Unavailable</body></html>',
    );
  }, 10_000);

  it('says which status came and which was expected', async () => {
    const server = await serve({ status: 200 });
    const outcome = await runProbe(
      probeStep(httpProbe(server.url, { status: 204 }), { withinMs: 0 }),
      deps(),
    );
    expect(outcome).toMatchObject({ passed: false, lastObservation: 'status 200, expected 204' });
  });

  it('reports connection refused, and passes once the server comes up', async () => {
    const port = await closedPort();
    const step = probeStep(httpProbe(`http://127.0.0.1:${port}/health`), { withinMs: 4000, intervalMs: 200 });
    const observations: string[] = [];
    let upAt = 0;
    const coming = delay(700).then(async () => {
      const server = await serve({ status: 200 }, port);
      upAt = performance.now();
      return server;
    });
    const outcome = await runProbe(step, deps(observations));
    const after = performance.now() - upAt;
    await coming;
    console.log(`server up at 700 ms, probe passed ${Math.round(after)} ms later`);
    expect(observations[0]).toBe('connection refused');
    expect(outcome).toMatchObject({ passed: true, lastObservation: 'status 200' });
    expect(after).toBeLessThanOrEqual(200 + SLACK_MS);
  }, 10_000);

  it('sends its method, headers and body', async () => {
    const server = await serve({ status: 201 });
    const probe = httpProbe(`${server.url}/orders`, {
      method: 'POST',
      status: 201,
      headers: { authorization: 'Bearer drill-token', 'content-type': 'application/json' },
      body: '{"sku":"probe"}',
    });
    expect((await runProbe(probeStep(probe, { withinMs: 0 }), deps())).passed).toBe(true);
    expect(server.requests[0]).toMatchObject({ method: 'POST', path: '/orders', body: '{"sku":"probe"}' });
    expect(server.requests[0]?.headers).toMatchObject({
      authorization: 'Bearer drill-token',
      'content-type': 'application/json',
    });
  });

  it('follows a redirect and names where it ended', async () => {
    const server = await serve({ status: 404 });
    server.routes.set('/old', { status: 302, headers: { location: '/health' } });
    server.routes.set('/health', json({ status: 'UP' }));
    const probe = httpProbe(`${server.url}/old`, { json: { path: '$.status', equals: 'UP' } });
    const outcome = await runProbe(probeStep(probe, { withinMs: 0 }), deps());
    expect(outcome).toMatchObject({
      passed: true,
      lastObservation: `status 200 (after a redirect to ${server.url}/health), $.status is "UP"`,
    });
  });

  it('reads no more than 1 MiB of a body', async () => {
    const big = JSON.stringify({ status: 'UP', padding: 'x'.repeat(2 * 1024 * 1024) });
    const server = await serve({ status: 200, body: big });
    const probe = httpProbe(server.url, { json: { path: '$.status', equals: 'UP' } });
    const outcome = await runProbe(probeStep(probe, { withinMs: 0 }), deps());
    expect(outcome.lastObservation).toBe('the body is over 1 MiB, too long to read');
  });

  it('fails at once on what waiting cannot fix: a bad JSON path, a URL that is not one', async () => {
    const server = await serve(json({ status: 'UP' }));
    const started = performance.now();
    const badPath = httpProbe(server.url, { json: { path: '$.a..b', equals: 'UP' } });
    const outcome = await runProbe(probeStep(badPath, { withinMs: 5000 }), deps());
    expect(outcome).toMatchObject({
      passed: false,
      checks: 1,
      message:
        'probe health-up cannot pass: json.path $.a..b: column 4: recursive descent (..) is not supported; name each key',
    });
    const notUrl = await runProbe(probeStep(httpProbe('127.0.0.1/health'), { withinMs: 5000 }), deps());
    expect(notUrl.message).toBe('probe health-up cannot pass: "127.0.0.1/health" is not a URL');
    const getWithBody = await runProbe(
      probeStep(httpProbe(server.url, { body: 'x' }), { withinMs: 5000 }),
      deps(),
    );
    expect(getWithBody.message).toMatch(/^probe health-up cannot pass: the request cannot be sent: .*GET/);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(server.requests).toHaveLength(0);
  });

  it('stops at once when its run is stopped, even in the middle of a hung check', async () => {
    const server = await serve({ status: 503 });
    const controller = new AbortController();
    const step = probeStep(httpProbe(server.url), { withinMs: 10_000, intervalMs: 2000 });
    setTimeout(() => {
      server.answer = 'hang';
    }, 100);
    let abortedAt = 0;
    setTimeout(() => {
      controller.abort();
      abortedAt = performance.now();
    }, 2500);
    const outcome = await runProbe(step, deps(), controller.signal);
    const after = performance.now() - abortedAt;
    console.log(`stopped during a hung check; runProbe ended ${Math.round(after)} ms after the abort`);
    expect(outcome).toMatchObject({ passed: false, stopped: true, checks: 1 });
    expect(outcome.message).toBe('probe health-up was stopped after 1 check');
    expect(after).toBeLessThan(100);
    const sent = server.requests.length;
    await delay(500);
    expect(server.requests).toHaveLength(sent);

    const already = new AbortController();
    already.abort();
    expect(await runProbe(step, deps(), already.signal)).toMatchObject({ stopped: true, checks: 0 });
  }, 10_000);
});
