import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDay } from '../../../electron/host/journal/journalWrites';
import { DashboardService } from '../../../electron/host/metrics/dashboard/dashboardService';
import { startManagedPrometheus } from '../../../electron/host/sandbox/prometheus/managedPrometheus';
import { WorkspaceService } from '../../../electron/host/workspace/workspaceService';
import type { DashboardStatus, PanelData } from '../../../shared/dashboardTypes';
import { type ScratchJournal, scratchJournal } from '../../support/scratchJournal';
import { type SandboxPrometheus, startSandboxPrometheus } from './sandboxPrometheus';

/** Every panel refreshes this often; "within two intervals" is measured against it. */
const REFRESH_MS = 2_000;

/** A restarted, empty Prometheus has rates again after two 1 s scrapes; the rest is a busy machine's slack. */
const DATA_AFTER_RESTART_MS = 20_000;

function workspaceYaml(prometheusPort: number, servicePort: number): string {
  return `
environments:
  rehearsal:
    prometheus:
      url: http://127.0.0.1:${prometheusPort}
      timeout: 1s
    health:
      - name: sandbox
        url: http://127.0.0.1:${servicePort}/health
dashboard:
  title: Test
  refresh: 2s
  rows:
    - title: All
      panels:
        - title: Request rate
          unit: req/s
          queries:
            - expr: sum(rate(http_requests_total{job="sandbox"}[10s]))
        - title: Latency
          unit: s
          queries:
            - expr: histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{job="sandbox"}[6s])))
              legend: P95
              target: { comparator: '<', value: 0.3, for: 4s }
        - title: Broken
          queries:
            - expr: sum(rate(http_requests_total[1m])
        - title: Alerts
          type: alerts
        - title: Health
          type: health
`;
}

describe('the dashboard against a real Prometheus and the sandbox', () => {
  let sandbox: SandboxPrometheus;
  let scratch: ScratchJournal;
  let workspace: WorkspaceService;
  let dashboard: DashboardService;
  const statuses: { at: number; status: DashboardStatus }[] = [];
  const data: PanelData[] = [];
  const latest = () => statuses.at(-1)?.status;
  const panel = (id: string) => latest()?.panels.find((one) => one.panelId === id);

  async function journaled(kind: string): Promise<string[]> {
    const day = scratch.journal.currentDay();
    if (!day) return [];
    const { events } = scratch.journal.timeline(day.id, { kinds: [kind as never] }, 0, 100);
    return events.map((event) => event.subject);
  }

  beforeAll(async () => {
    sandbox = await startSandboxPrometheus();
    scratch = scratchJournal();
    await scratch.journal.write(
      startDay({ name: 'Dashboard test', environment: 'rehearsal', operators: ['ana'] }, 'ana'),
    );
    writeFileSync(
      join(scratch.dir, 'warroom.yaml'),
      workspaceYaml(sandbox.prometheus.port, sandbox.service.port),
    );
    workspace = new WorkspaceService(scratch.dir);
    dashboard = new DashboardService({
      workspace,
      journal: scratch.journal,
      timedPoll: () => {},
      onStatus: (status) => statuses.push({ at: performance.now(), status }),
      onData: (one) => data.push(one),
    });
  });
  afterAll(async () => {
    dashboard?.dispose();
    workspace?.dispose();
    await sandbox?.stop();
    await scratch?.dispose();
  });

  it('fills the panels, and shows a broken query on its own panel while the others update', async () => {
    await expect
      .poll(
        () =>
          data.some(
            (one) =>
              one.panelId === 'request-rate' && one.series[0]?.values.some((value) => (value ?? 0) > 0),
          ),
        {
          timeout: 20_000,
        },
      )
      .toBe(true);
    expect(panel('broken')?.error).toMatchObject({
      errorType: 'bad_data',
      message: expect.stringContaining('unclosed left parenthesis'),
    });
    const rateUpdated = panel('request-rate')?.updatedAt ?? 0;
    await expect
      .poll(() => panel('request-rate')?.updatedAt ?? 0, { timeout: 3 * REFRESH_MS })
      .toBeGreaterThan(rateUpdated);
    expect(panel('request-rate')?.error).toBeNull();
    expect(latest()?.datasource.state).toBe('up');
    expect(latest()?.health[0]).toMatchObject({ name: 'sandbox', status: 'UP', version: '1.0.0-sandbox' });
    expect(latest()?.alerts.problem).toBeNull();
    expect(dashboard.live().find((one) => one.panelId === 'latency')?.series[0]?.name).toBe('P95');
  });

  it('goes pending then breached under added latency, journals the breach once, then recovers once', async () => {
    await expect.poll(() => panel('latency')?.state, { timeout: 20_000 }).toBe('ok');
    const from = statuses.length;
    sandbox.service.faults.set({ latencyMs: 500 });
    await expect.poll(() => panel('latency')?.state, { timeout: 30_000 }).toBe('breached');
    const states = statuses
      .slice(from)
      .map(({ status }) => status.panels.find((one) => one.panelId === 'latency')?.state);
    expect(states.indexOf('pending')).toBeGreaterThanOrEqual(0);
    expect(states.indexOf('pending')).toBeLessThan(states.indexOf('breached'));
    sandbox.service.faults.clear();
    await expect.poll(() => panel('latency')?.state, { timeout: 30_000 }).toBe('ok');
    const breaches = await journaled('threshold.breached');
    expect(breaches).toHaveLength(1);
    expect(breaches[0]).toMatch(/^Latency \(P95\) breached its target: 0\.\d+, wanted < 0\.3 for 4 s$/);
    expect(await journaled('threshold.recovered')).toHaveLength(1);
  });

  it('freezes every panel for a snapshot: series in ms, latest values, target states, alerts and health', () => {
    const now = Date.now();
    const snapshot = dashboard.capture();
    expect(snapshot.note).toBeUndefined();
    const rate = snapshot.panels.find((one) => one.title === 'Request rate');
    const points = rate?.series[0]?.points ?? [];
    expect(points.length).toBeGreaterThan(5);
    expect(points.at(-1)?.[0]).toBeGreaterThan(now - 10_000);
    expect(points.at(-1)?.[0]).toBeLessThanOrEqual(now);
    expect(rate?.values?.[rate.series[0]?.name ?? '']).toBe(points.at(-1)?.[1]);
    expect(snapshot.panels.find((one) => one.title === 'Latency')?.thresholds).toEqual([
      { target: 'P95 < 0.3', state: 'ok', value: 0.3 },
    ]);
    // The latency drill before may still have an alert firing: the snapshot holds what the panel held.
    expect(snapshot.panels.find((one) => one.title === 'Alerts')?.values).toMatchObject({
      'critical firing': dashboard.status().alerts.criticalFiring,
    });
    expect(snapshot.panels.find((one) => one.title === 'Health')?.values).toEqual({ sandbox: 1 });
  });

  it('marks the panels unreachable within two intervals of Prometheus stopping, and recovers within two of it restarting', async () => {
    const port = sandbox.prometheus.port;
    const before = data.length;
    const stoppedAt = performance.now();
    await sandbox.prometheus.stop();
    await expect
      .poll(() => latest()?.datasource.state, { timeout: 3 * REFRESH_MS, interval: 50 })
      .toBe('down');
    const downAfter =
      (statuses.find(({ at, status }) => at > stoppedAt && status.datasource.state === 'down')?.at ?? 0) -
      stoppedAt;
    expect(downAfter).toBeLessThan(2 * REFRESH_MS);
    // The panels keep their data while it is gone.
    expect(dashboard.live().find((one) => one.panelId === 'request-rate')?.series.length).toBeGreaterThan(0);
    expect(dashboard.capture().note).toMatch(
      /^Prometheus was unreachable since .*: the panels hold their last data\.$/,
    );

    sandbox.prometheus = await startManagedPrometheus({
      port,
      targets: [{ job: 'sandbox', address: `127.0.0.1:${sandbox.service.port}` }],
      rehearsalFactor: 60,
    });
    const readyAt = performance.now();
    await expect.poll(() => latest()?.datasource.state, { timeout: 3 * REFRESH_MS, interval: 50 }).toBe('up');
    const upAfter =
      (statuses.find(({ at, status }) => at > readyAt && status.datasource.state === 'up')?.at ?? 0) -
      readyAt;
    expect(upAfter).toBeLessThan(2 * REFRESH_MS);
    // This Prometheus starts with an empty database: a rate needs two scrapes in its window first,
    // and a loaded machine may take a few refreshes more to get them (seen: over 10 s in CI).
    await expect.poll(() => data.length, { timeout: DATA_AFTER_RESTART_MS }).toBeGreaterThan(before);
    const dataAfter = performance.now() - readyAt;
    expect(await journaled('datasource.down')).toHaveLength(1);
    expect(await journaled('datasource.up')).toHaveLength(1);
    console.info(
      `unreachable shown ${Math.round(downAfter)} ms after Prometheus stopped; up ${Math.round(upAfter)} ms after it was ready; new data ${Math.round(dataAfter)} ms after`,
    );
  });
});
