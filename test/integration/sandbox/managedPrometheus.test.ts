import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { createInterface } from 'node:readline';
import { setTimeout as delay } from 'node:timers/promises';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  type ManagedPrometheus,
  startManagedPrometheus,
} from '../../../electron/host/sandbox/prometheus/managedPrometheus';
import {
  PrometheusNotInstalledError,
  PrometheusPortInUseError,
} from '../../../electron/host/sandbox/prometheus/prometheusErrors';
import {
  type RunningSandboxService,
  startSandboxService,
} from '../../../electron/host/sandbox/service/sandboxService';

/** 5m becomes 5s, 10m becomes 10s: a drill sees alerts fire within the test's bounds. */
const REHEARSAL_FACTOR = 60;

interface PromAnswer<T> {
  status: string;
  data: T;
}
type Vector = { resultType: 'vector'; result: { metric: Record<string, string>; value: [number, string] }[] };
type Targets = { activeTargets: { labels: Record<string, string>; health: string; lastError: string }[] };
type Alerts = { alerts: { labels: Record<string, string>; state: 'pending' | 'firing' }[] };

/** The PromQL HTTP API, as the panels use it. */
function promApi(url: string) {
  const get = async <T>(path: string): Promise<T> => {
    const response = await fetch(`${url}${path}`, { signal: AbortSignal.timeout(5_000) });
    const body = (await response.json()) as PromAnswer<T>;
    if (body.status !== 'success') throw new Error(`${path}: ${JSON.stringify(body)}`);
    return body.data;
  };
  return {
    targets: () => get<Targets>('/api/v1/targets'),
    alerts: () => get<Alerts>('/api/v1/alerts'),
    /** The first sample's value of an instant query, NaN when the result is empty. */
    scalar: async (query: string) => {
      const data = await get<Vector>(`/api/v1/query?query=${encodeURIComponent(query)}`);
      return Number(data.result[0]?.value[1] ?? Number.NaN);
    },
    alertState: async (name: string) =>
      (await get<Alerts>('/api/v1/alerts')).alerts.find((alert) => alert.labels.alertname === name)?.state ??
      'inactive',
  };
}

/** Polls until `check` is true or `withinMs` passes; returns how long it took. */
async function until(what: string, withinMs: number, check: () => Promise<boolean>): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < withinMs) {
    if (await check().catch(() => false)) return performance.now() - started;
    await delay(250);
  }
  throw new Error(`${what}: not within ${withinMs / 1000} s`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('the managed Prometheus, scraping the sandbox service', () => {
  let service: RunningSandboxService;
  let prometheus: ManagedPrometheus;
  let api: ReturnType<typeof promApi>;
  let base: string;
  let traffic: { stop(): Promise<void> } | undefined;

  /** Light traffic over the flow's routes until stopped, never past `maxMs`. */
  const drive = (maxMs: number) => {
    let running = true;
    const started = performance.now();
    const loop = (async () => {
      while (running && performance.now() - started < maxMs) {
        await Promise.allSettled([
          fetch(`${base}/api/feed`),
          fetch(`${base}/api/notifications`),
          fetch(`${base}/api/login`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ user: 'ana', password: 'rehearsal' }),
          }),
        ]);
        await delay(20);
      }
    })();
    return {
      stop: async () => {
        running = false;
        await loop;
      },
    };
  };
  const setFaults = async (faults: Record<string, unknown>) => {
    const response = await fetch(`${base}/admin/faults`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(faults),
    });
    expect(response.status).toBe(200);
  };

  beforeAll(async () => {
    service = await startSandboxService({ port: 0, crash: () => {} });
    base = `http://127.0.0.1:${service.port}`;
    const started = performance.now();
    prometheus = await startManagedPrometheus({
      port: 0,
      targets: [{ job: 'sandbox', address: `127.0.0.1:${service.port}` }],
      rehearsalFactor: REHEARSAL_FACTOR,
    });
    console.info(`prometheus ready in ${Math.round(performance.now() - started)} ms`);
    api = promApi(prometheus.url);
  });
  afterEach(async () => {
    await traffic?.stop();
    traffic = undefined;
  });
  afterAll(async () => {
    await prometheus?.stop();
    await service?.close();
  });

  it('reports the sandbox up, and its request rate and P95 through PromQL', async () => {
    const upAfter = await until('the sandbox target is up', 15_000, async () => {
      const { activeTargets } = await api.targets();
      return activeTargets.some((target) => target.labels.job === 'sandbox' && target.health === 'up');
    });
    traffic = drive(20_000);
    const rateAfter = await until('the request rate is above 0', 20_000, async () => {
      return (await api.scalar('sum(rate(http_requests_total[10s]))')) > 0;
    });
    let p95 = Number.NaN;
    await until('P95 has a value', 10_000, async () => {
      p95 = await api.scalar(
        'histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket[10s])))',
      );
      return Number.isFinite(p95);
    });
    expect(p95).toBeGreaterThan(0);
    expect(p95).toBeLessThan(0.3);
    console.info(`target up after ${Math.round(upAfter)} ms, rate > 0 after ${Math.round(rateAfter)} ms`);
  });

  it('fires HighErrorRate under a 100 % error fault and resolves it when cleared', async () => {
    traffic = drive(40_000);
    await setFaults({ errorRate: 1 });
    const firedAfter = await until('HighErrorRate fires', 30_000, async () => {
      return (await api.alertState('HighErrorRate')) === 'firing';
    });
    await setFaults({ errorRate: 0 });
    const resolvedAfter = await until('HighErrorRate resolves', 30_000, async () => {
      return (await api.alertState('HighErrorRate')) === 'inactive';
    });
    console.info(
      `HighErrorRate fired after ${Math.round(firedAfter)} ms, resolved ${Math.round(resolvedAfter)} ms after clear`,
    );
  }, 75_000);
});

describe('starting the managed Prometheus', () => {
  let blocker: Server | undefined;
  // The probe of /-/ready may reach the blocker: its sockets are dropped so that close() returns.
  const blockerSockets = new Set<Socket>();
  afterEach(async () => {
    for (const socket of blockerSockets) socket.destroy();
    if (blocker) await new Promise<void>((resolve) => blocker?.close(() => resolve()));
    blocker = undefined;
  });

  it('says how to install Prometheus when the binary is missing', async () => {
    for (const binary of ['/nonexistent/prometheus', 'prometheus-not-installed-here']) {
      const start = startManagedPrometheus({ port: 0, targets: [], rehearsalFactor: 1, binary });
      await expect(start).rejects.toBeInstanceOf(PrometheusNotInstalledError);
      await expect(start).rejects.toThrow(
        /apt-get install prometheus.*brew install prometheus.*prometheus\.io\/download/,
      );
    }
  });

  it('names the port when it is already in use', async () => {
    blocker = createServer((socket) => blockerSockets.add(socket));
    const server = blocker;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const start = startManagedPrometheus({ port, targets: [], rehearsalFactor: 1 });
    await expect(start).rejects.toBeInstanceOf(PrometheusPortInUseError);
    await expect(start).rejects.toThrow(new RegExp(`port ${port} is already in use`));
    await expect(start).rejects.toThrow(/Prometheus said:[\s\S]*address already in use/);
  });

  it('does not mistake another Prometheus already on the port for its own', async () => {
    const first = await startManagedPrometheus({ port: 0, targets: [], rehearsalFactor: 1 });
    try {
      const second = startManagedPrometheus({ port: first.port, targets: [], rehearsalFactor: 1 });
      await expect(second).rejects.toBeInstanceOf(PrometheusPortInUseError);
    } finally {
      await first.stop();
    }
  });
});

describe('stopping the managed Prometheus', () => {
  it('leaves no process and no temp folder behind', async () => {
    const prometheus = await startManagedPrometheus({ port: 0, targets: [], rehearsalFactor: 1 });
    expect(isAlive(prometheus.pid)).toBe(true);
    expect(existsSync(prometheus.configPath)).toBe(true);
    const started = performance.now();
    await prometheus.stop();
    console.info(`stopped in ${Math.round(performance.now() - started)} ms`);
    expect(isAlive(prometheus.pid)).toBe(false);
    expect(existsSync(prometheus.dir)).toBe(false);
  });

  it('does not outlive a host that is SIGKILLed', async () => {
    const module = new URL('../../../electron/host/sandbox/prometheus/managedPrometheus.ts', import.meta.url)
      .pathname;
    const code =
      `const { startManagedPrometheus } = await import(${JSON.stringify(module)});` +
      `const p = await startManagedPrometheus({ port: 0, targets: [], rehearsalFactor: 1 });` +
      `console.log(p.pid, p.dir); setInterval(() => {}, 1000);`;
    const host = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      const line = await Promise.race([
        new Promise<string>((resolve) => createInterface({ input: host.stdout }).once('line', resolve)),
        delay(20_000, 'timeout'),
      ]);
      const [pidText = '', dir = ''] = line.split(' ');
      const pid = Number(pidText);
      expect(pid, `the host printed "${line}"`).toBeGreaterThan(0);
      expect(isAlive(pid)).toBe(true);
      host.kill('SIGKILL');
      const goneAfter = await until(
        'prometheus exits after its host is killed',
        15_000,
        async () => !isAlive(pid),
      );
      console.info(`prometheus gone ${Math.round(goneAfter)} ms after its host was SIGKILLed`);
      expect(dir).toContain('warroom-prometheus-');
      // The host could not remove its config and data; the wrapper that outlived it does.
      await until('its temp folder is removed', 5_000, async () => !existsSync(dir));
    } finally {
      host.kill('SIGKILL');
    }
  });
});
