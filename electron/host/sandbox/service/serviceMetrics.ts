import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { LATENCY_BUCKETS_SECONDS } from './serviceConstants';

/** Methods kept as labels; any other becomes OTHER, so odd requests cannot mint series. */
const KNOWN_METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

type RequestLabel = 'method' | 'route' | 'code';

/** The service's Prometheus metrics, in a registry of its own (not prom-client's global one). */
export class ServiceMetrics {
  readonly registry = new Registry();
  private readonly requests: Counter<RequestLabel>;
  private readonly duration: Histogram<RequestLabel>;
  private readonly websockets: Gauge;
  private readonly authFailures: Counter;
  /** Each label set's children, looked up once: resolving labels per request costs more than counting. */
  private readonly series = new Map<
    string,
    { count: Counter.Internal; time: Histogram.Internal<RequestLabel> }
  >();

  constructor() {
    collectDefaultMetrics({ register: this.registry });
    this.requests = new Counter({
      name: 'http_requests_total',
      help: 'HTTP requests handled, by method, route and status code.',
      labelNames: ['method', 'route', 'code'],
      registers: [this.registry],
    });
    this.duration = new Histogram({
      name: 'http_request_duration_seconds',
      help: 'Time from receiving a request to finishing its response.',
      labelNames: ['method', 'route', 'code'],
      buckets: LATENCY_BUCKETS_SECONDS,
      registers: [this.registry],
    });
    this.websockets = new Gauge({
      name: 'websocket_connections_active',
      help: 'WebSocket connections open now.',
      registers: [this.registry],
    });
    this.authFailures = new Counter({
      name: 'auth_failures_total',
      help: 'Logins refused for a wrong password.',
      registers: [this.registry],
    });
  }

  requestDone(method: string, route: string, code: number, seconds: number): void {
    const knownMethod = KNOWN_METHODS.has(method) ? method : 'OTHER';
    const key = `${knownMethod} ${route} ${code}`;
    let series = this.series.get(key);
    if (!series) {
      const labels = [knownMethod, route, String(code)];
      series = { count: this.requests.labels(...labels), time: this.duration.labels(...labels) };
      this.series.set(key, series);
    }
    series.count.inc();
    series.time.observe(seconds);
  }

  websocketOpened(): void {
    this.websockets.inc();
  }

  websocketClosed(): void {
    this.websockets.dec();
  }

  authFailed(): void {
    this.authFailures.inc();
  }
}
