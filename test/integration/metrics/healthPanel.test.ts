import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HealthPoller } from '../../../electron/host/metrics/health/healthPoller';
import {
  type RunningSandboxService,
  startSandboxService,
} from '../../../electron/host/sandbox/service/sandboxService';
import { BuiltInDependency } from '../../../electron/host/sandbox/service/serviceDependency';
import { freeLoopbackPort } from '../../../electron/host/sandbox/supervisor/freePort';
import type { HealthEndpointStatus } from '../../../shared/dashboardTypes';

describe('the health panel, against the sandbox service', () => {
  let service: RunningSandboxService;
  let poller: HealthPoller;
  const dependency = new BuiltInDependency();
  let rounds: HealthEndpointStatus[][] = [];
  const latest = (name: string) => rounds.at(-1)?.find((endpoint) => endpoint.name === name);

  beforeAll(async () => {
    service = await startSandboxService({ port: 0, dependency });
    const closed = await freeLoopbackPort();
    poller = new HealthPoller({
      endpoints: [
        { name: 'sandbox', url: `http://127.0.0.1:${service.port}/health` },
        { name: 'sandbox-ready', url: `http://127.0.0.1:${service.port}/health/ready` },
        { name: 'gone', url: `http://127.0.0.1:${closed}/health` },
      ],
      intervalMs: 200,
      onChange: (statuses) => rounds.push(statuses),
    });
    poller.start();
  });
  afterAll(async () => {
    poller?.stop();
    await service?.close();
  });

  it('shows status, version and each dependency, and says why an endpoint is unreachable', async () => {
    await expect.poll(() => rounds.length).toBeGreaterThan(0);
    expect(latest('sandbox')).toMatchObject({
      status: 'UP',
      httpStatus: 200,
      version: '1.0.0-sandbox',
      dependencies: [{ name: 'cache', status: 'UP' }],
      problem: null,
    });
    expect(latest('sandbox')?.lastUpAt).toBe(latest('sandbox')?.checkedAt);
    expect(latest('gone')).toMatchObject({
      status: 'UNREACHABLE',
      problem: 'connection refused',
      lastUpAt: null,
    });
  });

  it('shows a dependency outage as DEGRADED and readiness as DOWN, keeping the time of the last UP', async () => {
    await dependency.setUp(false);
    rounds = [];
    await expect.poll(() => latest('sandbox')?.status).toBe('DEGRADED');
    expect(latest('sandbox')?.dependencies).toEqual([{ name: 'cache', status: 'DOWN' }]);
    await expect.poll(() => latest('sandbox-ready')?.status).toBe('DOWN');
    expect(latest('sandbox-ready')).toMatchObject({ httpStatus: 503, problem: 'answered 503' });
    const lastUp = latest('sandbox')?.lastUpAt ?? 0;
    expect(lastUp).toBeLessThan(latest('sandbox')?.checkedAt ?? 0);
    await dependency.setUp(true);
    await expect.poll(() => latest('sandbox')?.status).toBe('UP');
  });
});
