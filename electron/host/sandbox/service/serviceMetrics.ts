import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { LATENCY_BUCKETS_SECONDS } from './serviceConstants';

/** The service's Prometheus metrics, in a registry of its own (not prom-client's global one). */
export class ServiceMetrics {
  readonly registry = new Registry();
  private readonly requests: Counter<'method' | 'route' | 'code'>;
  private readonly duration: Histogram<'method' | 'route' | 'code'>;
  private readonly websockets: Gauge;
  private readonly authFailures: Counter;

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
    const labels = { method, route, code: String(code) };
    this.requests.inc(labels);
    this.duration.observe(labels, seconds);
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
