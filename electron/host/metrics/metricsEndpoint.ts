import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Registry } from 'prom-client';

/** Where a Prometheus finds Warroom's own metrics, as in serve mode. */
export const METRICS_PATH = '/metrics';

export interface MetricsEndpoint {
  /** host:port, as a scrape target names it. */
  address: string;
  close(): Promise<void>;
}

/**
 * Serves a registry at /metrics on a free loopback port, for the desktop app, which has no
 * HTTP server of its own (serve mode serves /metrics beside the UI). Counts and timings only.
 */
export async function startMetricsEndpoint(registry: Registry): Promise<MetricsEndpoint> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://placeholder').pathname;
    if (request.method !== 'GET' || path !== METRICS_PATH) {
      response.writeHead(404).end();
      return;
    }
    void registry.metrics().then(
      (text) => response.writeHead(200, { 'Content-Type': registry.contentType }).end(text),
      (error: unknown) => response.writeHead(500).end(String(error)),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  // Scrapes must not keep a quitting app alive.
  server.unref();
  const { port } = server.address() as AddressInfo;
  return {
    address: `127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
