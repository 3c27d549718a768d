import { createServer as createHttpServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import { createServer as createTcpServer, type Server, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import {
  PrometheusClient,
  type PrometheusCredentials,
} from '../../../electron/host/metrics/prometheus/prometheusClient';
import {
  PrometheusResponseError,
  PrometheusUnreachableError,
} from '../../../electron/host/metrics/prometheus/prometheusErrors';
import { freeLoopbackPort } from '../../../electron/host/sandbox/supervisor/freePort';

/** Short, so that the hanging servers' tests take a fraction of a second. */
const TIMEOUT_MS = 400;
/** How late past its timeout a request may end: event-loop slack on a busy two-core machine. */
const TIMEOUT_SLACK_MS = 1_500;

const TOKEN = 'tok-5f1c9a7e-never-in-messages';
const PASSWORD = 'pw-8d2b-never-in-messages';

interface Recorded {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

const servers: Server[] = [];
const sockets = new Set<Socket>();
afterEach(async () => {
  for (const socket of sockets) socket.destroy();
  sockets.clear();
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

async function listen(server: Server): Promise<string> {
  servers.push(server);
  server.on('connection', (socket: Socket) => sockets.add(socket));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
}

/** A plain HTTP server on loopback that records each request and answers with `answer`. */
async function recordingServer(answer: (response: ServerResponse) => void) {
  const recorded: Recorded[] = [];
  const server = createHttpServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => {
      body += chunk.toString();
    });
    request.on('end', () => {
      recorded.push({ method: request.method ?? '', url: request.url ?? '', headers: request.headers, body });
      answer(response);
    });
  });
  return { url: await listen(server), recorded };
}

const prometheusJson = (response: ServerResponse) => {
  response.writeHead(200, { 'content-type': 'application/json' });
  response.end(JSON.stringify({ status: 'success', data: { resultType: 'vector', result: [] } }));
};

function client(baseUrl: string, auth: PrometheusCredentials = null, log?: boolean[]) {
  return new PrometheusClient({
    baseUrl,
    timeoutMs: TIMEOUT_MS,
    auth,
    onRequest: (_endpoint, _seconds, ok) => log?.push(ok),
  });
}

/** The error a call rejects with, and how long it took. */
async function rejection(call: () => Promise<unknown>): Promise<{ error: Error; ms: number }> {
  const started = performance.now();
  try {
    await call();
  } catch (error) {
    return { error: error as Error, ms: performance.now() - started };
  }
  throw new Error('expected the call to reject');
}

describe('PrometheusClient, when nothing usable answers', () => {
  it('rejects at once with PrometheusUnreachableError when nothing listens on the port', async () => {
    const url = `http://127.0.0.1:${await freeLoopbackPort()}`;
    const log: boolean[] = [];
    const { error, ms } = await rejection(() => client(url, null, log).query('up'));
    expect(error).toBeInstanceOf(PrometheusUnreachableError);
    expect(error.message).toBe(`Prometheus at ${url} is unreachable: connection refused`);
    expect(ms).toBeLessThan(TIMEOUT_MS);
    expect(log).toEqual([false]);
    await expect(client(url).ready()).rejects.toBeInstanceOf(PrometheusUnreachableError);
  });

  it('gives up after timeoutMs on a server that accepts and never answers', async () => {
    const url = await listen(createTcpServer(() => {}));
    for (const call of [(c: PrometheusClient) => c.query('up'), (c: PrometheusClient) => c.ready()]) {
      const { error, ms } = await rejection(() => call(client(url)));
      expect(error).toBeInstanceOf(PrometheusUnreachableError);
      expect(error.message).toBe(`Prometheus at ${url} is unreachable: no answer within ${TIMEOUT_MS} ms`);
      expect(ms).toBeGreaterThanOrEqual(TIMEOUT_MS - 20);
      expect(ms).toBeLessThan(TIMEOUT_MS + TIMEOUT_SLACK_MS);
    }
  });

  it('gives up after timeoutMs on a server that sends its headers and stalls in the body', async () => {
    const url = await listen(
      createTcpServer((socket) => {
        socket.write(
          'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{"status":',
        );
      }),
    );
    const { error, ms } = await rejection(() => client(url).alerts());
    expect(error).toBeInstanceOf(PrometheusUnreachableError);
    expect(error.message).toMatch(/no answer within/);
    expect(ms).toBeLessThan(TIMEOUT_MS + TIMEOUT_SLACK_MS);
  });

  it('names a connection reset', async () => {
    const url = await listen(createTcpServer((socket) => socket.resetAndDestroy()));
    const { error } = await rejection(() => client(url).targets());
    expect(error).toBeInstanceOf(PrometheusUnreachableError);
    expect(error.message).toMatch(
      /is unreachable: (connection reset|the connection closed before an answer)$/,
    );
  });

  it('rejects a 401 with PrometheusResponseError that names the status and where credentials come from', async () => {
    const { url } = await recordingServer((response) => {
      response.writeHead(401, { 'content-type': 'text/plain', 'www-authenticate': 'Bearer' });
      response.end('Unauthorized');
    });
    const { error } = await rejection(() => client(url, { kind: 'bearer', token: TOKEN }).query('up'));
    expect(error).toBeInstanceOf(PrometheusResponseError);
    expect(error).toMatchObject({ status: 401, endpoint: '/api/v1/query' });
    expect(error.message).toMatch(/HTTP 401 Unauthorized.*credentials.*environment's secrets/);
    expect(error.message).not.toContain(TOKEN);
    await expect(client(url).ready()).rejects.toThrow(/401.*none are configured/);
  });

  it("rejects a proxy's HTML page with PrometheusResponseError naming the status and the page", async () => {
    const { url } = await recordingServer((response) => {
      response.writeHead(502, { 'content-type': 'text/html' });
      response.end('<html><head><title>502 Bad Gateway</title></head><body><h1>nginx</h1></body></html>');
    });
    for (const call of [
      (c: PrometheusClient) => c.queryRange('up', 0, 60, 15),
      (c: PrometheusClient) => c.ready(),
    ]) {
      const { error } = await rejection(() => call(client(url)));
      expect(error).toBeInstanceOf(PrometheusResponseError);
      expect(error.message).toMatch(/HTTP 502 Bad Gateway and an HTML page \("502 Bad Gateway"\)/);
    }
  });

  it('says a 503 from /-/ready means not ready, with the reason', async () => {
    const { url } = await recordingServer((response) => {
      response.writeHead(503, { 'content-type': 'text/plain' });
      response.end('Service Unavailable');
    });
    expect(await client(url).ready()).toEqual({
      ready: false,
      reason: `Prometheus at ${url} is not ready (HTTP 503 Service Unavailable)`,
    });
  });
});

describe('PrometheusClient, what it sends', () => {
  it('sends the bearer token on every request, and never in a message', async () => {
    const { url, recorded } = await recordingServer((response) => {
      response.writeHead(500, { 'content-type': 'text/plain' });
      response.end('boom');
    });
    const prometheus = client(url, { kind: 'bearer', token: TOKEN });
    const calls = [
      () => prometheus.ready(),
      () => prometheus.query('up'),
      () => prometheus.queryRange('up', 0, 60, 15),
      () => prometheus.alerts(),
      () => prometheus.rules(),
      () => prometheus.targets(),
    ];
    for (const call of calls) {
      const outcome = await call().catch((error: Error) => error);
      expect(JSON.stringify(outcome, Object.getOwnPropertyNames(outcome ?? {}))).not.toContain(TOKEN);
      if (outcome instanceof Error) expect(outcome.stack).not.toContain(TOKEN);
    }
    expect(recorded.map((request) => request.url)).toEqual([
      '/-/ready',
      '/api/v1/query',
      '/api/v1/query_range',
      '/api/v1/alerts',
      '/api/v1/rules',
      '/api/v1/targets',
    ]);
    for (const request of recorded) expect(request.headers.authorization).toBe(`Bearer ${TOKEN}`);
  });

  it('sends basic credentials, and neither the user nor the password appear in a message', async () => {
    const { url, recorded } = await recordingServer((response) => {
      response.writeHead(403, { 'content-type': 'text/plain' });
      response.end('Forbidden');
    });
    const { error } = await rejection(() =>
      client(url, { kind: 'basic', username: 'warroom', password: PASSWORD }).query('up'),
    );
    expect(recorded[0]?.headers.authorization).toBe(
      `Basic ${Buffer.from(`warroom:${PASSWORD}`).toString('base64')}`,
    );
    expect(error.message).toMatch(/HTTP 403 Forbidden/);
    expect(error.message).not.toContain(PASSWORD);
    expect(error.message).not.toContain(Buffer.from(`warroom:${PASSWORD}`).toString('base64'));
  });

  it('sends no Authorization header without auth', async () => {
    const { url, recorded } = await recordingServer(prometheusJson);
    await client(url).query('up');
    expect(recorded[0]?.headers.authorization).toBeUndefined();
  });

  it('posts queries form-encoded under the path prefix of the base URL', async () => {
    const { url, recorded } = await recordingServer(prometheusJson);
    const expr = 'sum by (route) (rate(http_requests_total{code=~"5.."}[1m])) / 2 & more';
    await client(`${url}/prometheus/`).query(expr, 1700000000.25);
    expect(recorded[0]).toMatchObject({ method: 'POST', url: '/prometheus/api/v1/query' });
    expect(recorded[0]?.headers['content-type']).toBe('application/x-www-form-urlencoded');
    const form = new URLSearchParams(recorded[0]?.body);
    expect(form.get('query')).toBe(expr);
    expect(form.get('time')).toBe('1700000000.25');
  });

  it('refuses credentials in the base URL, or a token no header can carry, without repeating them', () => {
    const refusal = (make: () => unknown) => {
      try {
        make();
      } catch (error) {
        return (error as Error).message;
      }
      throw new Error('expected the constructor to throw');
    };
    const inUrl = refusal(() => client(`http://warroom:${PASSWORD}@127.0.0.1:9090`));
    expect(inUrl).toMatch(/credentials do not belong in the Prometheus URL/);
    expect(inUrl).not.toContain(PASSWORD);
    const badToken = refusal(() => client('http://127.0.0.1:9090', { kind: 'bearer', token: `${TOKEN}\n` }));
    expect(badToken).toMatch(/bearer token .* line break/);
    expect(badToken).not.toContain(TOKEN);
  });
});
