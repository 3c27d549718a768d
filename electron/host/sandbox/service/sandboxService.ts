import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';
import { WebSocketServer } from 'ws';
import { CpuBurner } from './cpuBurner';
import { answerAdmin } from './serviceAdmin';
import { MAX_BODY_BYTES, SERVICE_VERSION, WEBSOCKET_PING_INTERVAL_MS } from './serviceConstants';
import { BuiltInDependency, type ServiceDependency } from './serviceDependency';
import { ServiceFaults } from './serviceFaults';
import { ServiceMetrics } from './serviceMetrics';
import { type RouteAnswer, ServiceRoutes } from './serviceRoutes';

/** Reads that miss the cache go to the slow store: what a stopped Redis costs each read. */
const CACHE_MISS_PENALTY_MS = 40;

export interface SandboxServiceOptions {
  port: number;
  host?: string;
  /** Off only for the benchmark's baseline: the same server without prom-client. */
  instrumented?: boolean;
  dependency?: ServiceDependency;
  /** The crash fault: the real service exits (its supervisor restarts it); a test records it. */
  crash?: () => void;
}

export interface RunningSandboxService {
  port: number;
  faults: ServiceFaults;
  metrics: ServiceMetrics | null;
  close(): Promise<void>;
}

/**
 * The system under test of a rehearsal: a small HTTP service with the routes a stress test
 * drives, a WebSocket that pings, health endpoints, Prometheus metrics and fault knobs.
 */
export async function startSandboxService(options: SandboxServiceOptions): Promise<RunningSandboxService> {
  const faults = new ServiceFaults();
  const burner = new CpuBurner();
  const routes = new ServiceRoutes();
  const metrics = options.instrumented === false ? null : new ServiceMetrics();
  const dependency = options.dependency ?? new BuiltInDependency();
  const crash = options.crash ?? (() => process.exit(70));

  const server = createServer((request, response) => {
    void handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) send(response, { status: 500, body: { error: String(error) } });
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const started = performance.now();
    const method = request.method ?? 'GET';
    const path = new URL(request.url ?? '/', 'http://sandbox').pathname;
    if (path === '/metrics' && method === 'GET') {
      const text = metrics ? await metrics.registry.metrics() : '';
      response.writeHead(200, { 'content-type': metrics?.registry.contentType ?? 'text/plain' }).end(text);
      return;
    }
    const body = await readJsonBody(request);
    if (path.startsWith('/admin/')) {
      send(response, await answerAdmin(request, path, body, { faults, burner, dependency, crash }));
      return;
    }
    const answer = await answerRequest(method, path, body);
    send(response, answer);
    // Unknown paths share one label: a scan of random URLs must not mint a series each.
    const route = routes.match(method, path) ?? (HEALTH_PATHS.has(path) ? path : 'unmatched');
    metrics?.requestDone(method, route, answer.status, (performance.now() - started) / 1000);
  }

  async function answerRequest(method: string, path: string, body: unknown): Promise<RouteAnswer> {
    if (body === INVALID_BODY) return { status: 400, body: { error: 'the body is not JSON, or too large' } };
    if (method === 'GET' && path === '/health') return health();
    if (method === 'GET' && path === '/health/ready') {
      const status = await dependency.check();
      return { status: status === 'UP' ? 200 : 503, body: { ready: status === 'UP' } };
    }
    const route = routes.match(method, path);
    if (!route) return { status: 404, body: { error: `no route ${method} ${path}` } };
    const latency = faults.addedLatencyMs(route) + (await readPenalty(route));
    if (latency > 0) await delay(latency);
    if (faults.shouldFail()) return { status: 500, body: { error: 'injected failure' } };
    return routes.answer(route, { body, authFailed: () => metrics?.authFailed() });
  }

  async function readPenalty(route: string): Promise<number> {
    if (route !== '/api/feed' && route !== '/api/notifications') return 0;
    return (await dependency.check()) === 'UP' ? 0 : CACHE_MISS_PENALTY_MS;
  }

  async function health(): Promise<RouteAnswer> {
    const status = await dependency.check();
    return {
      status: 200,
      body: {
        // Degraded, not down: the service still answers when its dependency is gone.
        status: status === 'UP' ? 'UP' : 'DEGRADED',
        version: SERVICE_VERSION,
        timestamp: new Date().toISOString(),
        dependencies: { [dependency.name]: { status, kind: dependency.kind } },
      },
    };
  }

  const sockets = new WebSocketServer({ server, path: '/ws' });
  sockets.on('connection', (socket) => {
    metrics?.websocketOpened();
    const ping = setInterval(() => socket.ping(), WEBSOCKET_PING_INTERVAL_MS);
    socket.on('close', () => {
      clearInterval(ping);
      metrics?.websocketClosed();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    faults,
    metrics,
    close: () =>
      new Promise<void>((resolve) => {
        burner.set(0);
        for (const socket of sockets.clients) socket.terminate();
        sockets.close();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const INVALID_BODY = Symbol('invalid body');
const HEALTH_PATHS = new Set(['/health', '/health/ready']);

/** The request's JSON body, undefined when there is none, INVALID_BODY when it is not JSON or too big. */
async function readJsonBody(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return INVALID_BODY;
    chunks.push(chunk);
  }
  if (size === 0) return undefined;
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    return INVALID_BODY;
  }
}

function send(response: ServerResponse, answer: RouteAnswer): void {
  response.writeHead(answer.status, { 'content-type': 'application/json' }).end(JSON.stringify(answer.body));
}
