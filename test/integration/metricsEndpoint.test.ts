import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MetricsEndpoint, startMetricsEndpoint } from '../../electron/host/metrics/metricsEndpoint';
import { WarroomMetrics } from '../../electron/host/metrics/warroomMetrics';

describe("the desktop app's own /metrics", () => {
  let endpoint: MetricsEndpoint;
  const metrics = new WarroomMetrics({ terminalsOpen: () => 3 });

  beforeAll(async () => {
    endpoint = await startMetricsEndpoint(metrics.registry);
  });
  afterAll(() => endpoint?.close());

  it('serves poll timings, failures and open terminals on a loopback port', async () => {
    metrics.poll('sandbox-health', 0.004, true);
    metrics.poll('sandbox-health', 2, false);
    expect(endpoint.address).toMatch(/^127\.0\.0\.1:\d+$/);
    const text = await (await fetch(`http://${endpoint.address}/metrics`)).text();
    expect(text).toContain('warroom_poll_duration_seconds_count{source="sandbox-health"} 2');
    expect(text).toContain('warroom_poll_failures_total{source="sandbox-health"} 1');
    expect(text).toContain('warroom_terminals_open 3');
  });

  it('answers nothing else', async () => {
    expect((await fetch(`http://${endpoint.address}/`)).status).toBe(404);
    expect((await fetch(`http://${endpoint.address}/metrics`, { method: 'POST' })).status).toBe(404);
  });
});
