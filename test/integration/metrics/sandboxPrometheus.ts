import { setTimeout as delay } from 'node:timers/promises';
import {
  type ManagedPrometheus,
  startManagedPrometheus,
} from '../../../electron/host/sandbox/prometheus/managedPrometheus';
import {
  type RunningSandboxService,
  startSandboxService,
} from '../../../electron/host/sandbox/service/sandboxService';

/** 5m becomes 5s: the default rules' `for` fits a test. */
const REHEARSAL_FACTOR = 60;

/** The sandbox service in-process, a real Prometheus scraping it every second, and light traffic. */
export interface SandboxPrometheus {
  service: RunningSandboxService;
  prometheus: ManagedPrometheus;
  stop(): Promise<void>;
}

export async function startSandboxPrometheus(): Promise<SandboxPrometheus> {
  const service = await startSandboxService({ port: 0, crash: () => {} });
  let prometheus: ManagedPrometheus;
  try {
    prometheus = await startManagedPrometheus({
      port: 0,
      targets: [{ job: 'sandbox', address: `127.0.0.1:${service.port}` }],
      rehearsalFactor: REHEARSAL_FACTOR,
    });
  } catch (error) {
    await service.close();
    throw error;
  }
  const base = `http://127.0.0.1:${service.port}`;
  let running = true;
  const traffic = (async () => {
    while (running) {
      await Promise.allSettled([fetch(`${base}/api/feed`), fetch(`${base}/api/notifications`)]);
      await delay(50);
    }
  })();
  return {
    service,
    prometheus,
    stop: async () => {
      running = false;
      await traffic;
      await prometheus.stop();
      await service.close();
    },
  };
}

/** Polls until `check` is true or `withinMs` passes. */
export async function until(what: string, withinMs: number, check: () => Promise<boolean>): Promise<void> {
  const started = performance.now();
  while (performance.now() - started < withinMs) {
    if (await check().catch(() => false)) return;
    await delay(200);
  }
  throw new Error(`${what}: not within ${withinMs / 1000} s`);
}
