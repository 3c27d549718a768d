import { request } from 'node:http';

/** What the serve process says of itself at /metrics (prom-client's defaults, prefix warroom_). */
export interface HostMetrics {
  /** Libuv handles by type (Socket, Server, Pipe, Timer…): nodejs_active_handles. */
  handles: Record<string, number>;
  /** Async resources keeping the loop alive by type (Timeout, TCPSocketWrap, PipeWrap…). */
  resources: Record<string, number>;
  terminalsOpen: number;
  heapUsedBytes: number;
  /** Memory of Buffers and other objects outside the JS heap that JS objects hold. */
  externalBytes: number;
}

/** GETs /metrics on its own connection, closed after, so no idle keep-alive socket is left to count. */
function fetchMetricsText(origin: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const call = request(
      `${origin}/metrics`,
      { agent: false, headers: { Connection: 'close' } },
      (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk) => {
          body += chunk;
        });
        response.on('end', () =>
          response.statusCode === 200
            ? resolve(body)
            : reject(new Error(`/metrics: HTTP ${response.statusCode}`)),
        );
      },
    );
    call.on('error', reject);
    call.end();
  });
}

function byType(text: string, metric: string): Record<string, number> {
  const counts: Record<string, number> = {};
  const line = new RegExp(`^${metric}\\{type="([^"]+)"\\} (\\S+)$`, 'gm');
  for (const [, type = '', value] of text.matchAll(line)) counts[type] = Number(value);
  return counts;
}

function single(text: string, metric: string): number {
  const match = new RegExp(`^${metric} (\\S+)$`, 'm').exec(text);
  if (!match) throw new Error(`/metrics has no ${metric}`);
  return Number(match[1]);
}

export async function hostMetricsOf(origin: string): Promise<HostMetrics> {
  const text = await fetchMetricsText(origin);
  return {
    handles: byType(text, 'warroom_nodejs_active_handles'),
    resources: byType(text, 'warroom_nodejs_active_resources'),
    terminalsOpen: single(text, 'warroom_terminals_open'),
    heapUsedBytes: single(text, 'warroom_nodejs_heap_size_used_bytes'),
    externalBytes: single(text, 'warroom_nodejs_external_memory_bytes'),
  };
}
