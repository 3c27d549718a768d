import { once } from 'node:events';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';

/** What the probed server answers now; a test changes it while a probe runs. */
export type ServerAnswer =
  /** `delayMs`: how long it takes to answer. */
  | { status: number; body?: string; headers?: Record<string, string>; delayMs?: number }
  /** Reads the request and never answers. */
  | 'hang';

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  /** performance.now() when it arrived. */
  at: number;
}

/** A real HTTP server on 127.0.0.1 whose answer a test can change over time, counting what it gets. */
export interface ProbedServer {
  url: string;
  port: number;
  answer: ServerAnswer;
  /** Answers for given paths, over `answer`. */
  routes: Map<string, ServerAnswer>;
  requests: RecordedRequest[];
  /** The most requests it was ever answering at once. */
  maxInFlight: number;
  close(): Promise<void>;
}

export async function startProbedServer(answer: ServerAnswer, port = 0): Promise<ProbedServer> {
  const state: ProbedServer = {
    url: '',
    port: 0,
    answer,
    routes: new Map(),
    requests: [],
    maxInFlight: 0,
    close: () => closeServer(server),
  };
  let inFlight = 0;
  const server = createServer(async (request, response) => {
    inFlight++;
    state.maxInFlight = Math.max(state.maxInFlight, inFlight);
    response.on('close', () => inFlight--);
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const path = request.url ?? '/';
    state.requests.push({
      method: request.method ?? '',
      path,
      headers: request.headers,
      body: Buffer.concat(chunks).toString('utf8'),
      at: performance.now(),
    });
    const now = state.routes.get(path) ?? state.answer;
    if (now === 'hang') return;
    if (now.delayMs) await delay(now.delayMs);
    response.writeHead(now.status, { 'content-type': 'application/json', ...now.headers });
    response.end(now.body ?? '');
  });
  server.listen(port, '127.0.0.1');
  await once(server, 'listening');
  state.port = (server.address() as AddressInfo).port;
  state.url = `http://127.0.0.1:${state.port}`;
  return state;
}

/**
 * An exporter Prometheus scrapes: /metrics serves the gauge `probe_gauge` with one series per
 * entry of `values` (label `series`), as the test sets them.
 */
export interface GaugeExporter {
  address: string;
  values: Map<string, number>;
  close(): Promise<void>;
}

export async function startGaugeExporter(): Promise<GaugeExporter> {
  const values = new Map<string, number>();
  const server = createServer((request, response) => {
    if (request.url !== '/metrics') {
      response.writeHead(404).end();
      return;
    }
    const lines = ['# TYPE probe_gauge gauge'];
    for (const [series, value] of values) lines.push(`probe_gauge{series="${series}"} ${exposition(value)}`);
    response.writeHead(200, { 'content-type': 'text/plain; version=0.0.4' });
    response.end(`${lines.join('\n')}\n`);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return { address: `127.0.0.1:${port}`, values, close: () => closeServer(server) };
}

function exposition(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (value === Number.POSITIVE_INFINITY) return '+Inf';
  if (value === Number.NEGATIVE_INFINITY) return '-Inf';
  return String(value);
}

/** A port nothing listens on (it did a moment ago): connecting to it is refused. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  await closeServer(server);
  return port;
}

async function closeServer(server: Server): Promise<void> {
  // Hung requests would keep close() waiting for ever.
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}
