import { request } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import {
  type RunningSandboxService,
  startSandboxService,
} from '../../../electron/host/sandbox/service/sandboxService';
import { SANDBOX_PASSWORD } from '../../../electron/host/sandbox/service/serviceConstants';

describe('the sandbox service', () => {
  let service: RunningSandboxService;
  let crashes: number;
  let base: string;

  beforeEach(async () => {
    crashes = 0;
    service = await startSandboxService({ port: 0, crash: () => crashes++ });
    base = `http://127.0.0.1:${service.port}`;
  });
  afterEach(() => service.close());

  const call = async (method: string, path: string, body?: unknown) => {
    const started = performance.now();
    const response = await fetch(`${base}${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return {
      status: response.status,
      body: (await response.json()) as Record<string, unknown>,
      ms: performance.now() - started,
    };
  };
  const metricLine = async (prefix: string) => {
    const text = await (await fetch(`${base}/metrics`)).text();
    return text.split('\n').find((line) => line.startsWith(prefix));
  };

  it('serves the flow a stress test drives and counts it by route and code', async () => {
    expect(await call('POST', '/api/login', { user: 'ana', password: SANDBOX_PASSWORD })).toMatchObject({
      status: 200,
    });
    expect(await call('POST', '/api/login', { user: 'ana', password: 'guess' })).toMatchObject({
      status: 401,
    });
    expect(await call('POST', '/api/posts', { text: 'hello', author: 'ana' })).toMatchObject({ status: 201 });
    const feed = await call('GET', '/api/feed');
    expect(feed.body.items).toMatchObject([{ text: 'hello', author: 'ana' }]);
    expect(await call('GET', '/api/notifications')).toMatchObject({ status: 200 });
    expect(await call('GET', '/no/such/page')).toMatchObject({ status: 404 });

    expect(await metricLine('http_requests_total{method="POST",route="/api/login",code="401"}')).toMatch(
      / 1$/,
    );
    expect(await metricLine('http_requests_total{method="GET",route="unmatched",code="404"}')).toMatch(/ 1$/);
    expect(
      await metricLine(
        'http_request_duration_seconds_bucket{le="0.3",method="GET",route="/api/feed",code="200"}',
      ),
    ).toMatch(/ 1$/);
    expect(await metricLine('auth_failures_total')).toBe('auth_failures_total 1');
    expect(await metricLine('process_cpu_seconds_total')).toBeDefined();
  });

  it('counts open WebSockets', async () => {
    const socket = new WebSocket(`ws://127.0.0.1:${service.port}/ws`);
    await new Promise((resolve) => socket.once('open', resolve));
    expect(await metricLine('websocket_connections_active')).toBe('websocket_connections_active 1');
    socket.close();
    await expect
      .poll(() => metricLine('websocket_connections_active'))
      .toBe('websocket_connections_active 0');
  });

  it('adds latency, to one route when asked, and fails the share of requests asked', async () => {
    await call('PUT', '/admin/faults', { latencyMs: 250, latencyRoute: '/api/feed' });
    expect((await call('GET', '/api/feed')).ms).toBeGreaterThanOrEqual(250);
    expect((await call('GET', '/api/notifications')).ms).toBeLessThan(200);
    await call('PUT', '/admin/faults', { errorRate: 1 });
    expect((await call('GET', '/api/notifications')).status).toBe(500);
    expect(
      await metricLine('http_requests_total{method="GET",route="/api/notifications",code="500"}'),
    ).toMatch(/ 1$/);
    const cleared = await call('DELETE', '/admin/faults');
    expect(cleared.body.faults).toEqual({});
    expect((await call('GET', '/api/feed')).status).toBe(200);
  });

  it('reports a lost dependency as degraded, not down, and keeps serving', async () => {
    expect((await call('GET', '/health')).body).toMatchObject({
      status: 'UP',
      dependencies: { cache: { status: 'UP', kind: 'built-in' } },
    });
    await call('PUT', '/admin/dependency', { up: false });
    expect((await call('GET', '/health')).body).toMatchObject({
      status: 'DEGRADED',
      dependencies: { cache: { status: 'DOWN' } },
    });
    expect((await call('GET', '/health/ready')).status).toBe(503);
    const feed = await call('GET', '/api/feed');
    expect(feed.status).toBe(200);
    expect(feed.ms).toBeGreaterThanOrEqual(40);
    await call('PUT', '/admin/dependency', { up: true });
    expect((await call('GET', '/health/ready')).status).toBe(200);
  });

  it('burns CPU on its own thread when asked', async () => {
    await call('PUT', '/admin/faults', { cpuBurn: 0.6 });
    let worst = 0;
    let last = performance.now();
    const timer = setInterval(() => {
      const now = performance.now();
      worst = Math.max(worst, now - last);
      last = now;
    }, 5);
    await new Promise((resolve) => setTimeout(resolve, 500));
    clearInterval(timer);
    expect(worst).toBeGreaterThan(40);
  });

  it('crashes on request, after answering', async () => {
    expect(await call('POST', '/admin/crash', {})).toMatchObject({ status: 202 });
    await expect.poll(() => crashes).toBe(1);
  });

  it('keeps its knobs from other hosts and from form posts', async () => {
    // fetch will not send another Host, so this goes as a rebinding page's request would arrive.
    const rebound = await new Promise<number>((resolve, reject) => {
      const headers = { host: `evil.example:${service.port}`, 'content-type': 'application/json' };
      const sent = request(
        { port: service.port, method: 'PUT', path: '/admin/faults', headers },
        (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        },
      );
      sent.once('error', reject);
      sent.end(JSON.stringify({ errorRate: 1 }));
    });
    expect(rebound).toBe(403);
    const form = await fetch(`${base}/admin/crash`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: '{}',
    });
    expect(form.status).toBe(415);
    expect((await call('PUT', '/admin/faults', { errorRate: 2 })).status).toBe(400);
    expect(crashes).toBe(0);
  });
});
