import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DashboardPoller, type PollerStatus } from '../../electron/host/metrics/dashboard/dashboardPoller';
import type { OutageEvent } from '../../electron/host/metrics/dashboard/datasourceHealth';
import type { FailureKind, LiveQuery, RangeSeries } from '../../electron/host/metrics/dashboard/liveQuery';
import type { PolledPanel } from '../../electron/host/metrics/dashboard/polledPanel';
import type { ThresholdEvent } from '../../electron/host/metrics/dashboard/thresholdEvents';
import type { PanelData } from '../../shared/dashboardTypes';

/** An in-memory data source: each expression answers one series whose value the test sets. */
class MemorySource {
  up = true;
  readonly values = new Map<string, number>();
  readonly broken = new Map<string, string>();
  readonly requests: string[] = [];

  query(expr: string): LiveQuery {
    return {
      refresh: async (now) => {
        this.requests.push(expr);
        if (!this.up) throw new Error('unreachable');
        const problem = this.broken.get(expr);
        if (problem) throw Object.assign(new Error(problem), { queryError: true });
        const series: RangeSeries[] = [
          { labels: {}, times: [Math.floor(now)], values: [this.values.get(expr) ?? 0] },
        ];
        return { series, warnings: [] };
      },
    };
  }
}

function classify(error: unknown): FailureKind {
  const failure = error as Error & { queryError?: boolean };
  return failure.queryError
    ? { kind: 'query', errorType: 'bad_data', message: failure.message }
    : { kind: 'unreachable', problem: 'connection refused' };
}

const p95: PolledPanel = {
  id: 'latency',
  title: 'Latency',
  type: 'timeseries',
  refreshMs: 1_000,
  queries: [{ expr: 'p95', legend: 'P95', target: { comparator: '<', value: 0.3, forMs: 3_000 } }],
};
const alsoP95: PolledPanel = {
  ...p95,
  id: 'latency-again',
  title: 'Latency again',
  queries: [{ ...p95.queries[0], target: null } as PolledPanel['queries'][number]],
};
const rate: PolledPanel = {
  id: 'rate',
  title: 'Request rate',
  type: 'timeseries',
  refreshMs: 1_000,
  queries: [{ expr: 'rate', legend: null, target: null }],
};

describe('the dashboard poller', () => {
  let source: MemorySource;
  let recorded: (ThresholdEvent | OutageEvent)[];
  let status: PollerStatus | null;
  let data: PanelData[];
  let poller: DashboardPoller;

  function start(panels: PolledPanel[], rehearsalFactor = 1) {
    poller = new DashboardPoller({
      datasourceUrl: 'http://127.0.0.1:4291',
      panels,
      rehearsalFactor,
      openQuery: (expr) => source.query(expr),
      ready: async () => {
        if (!source.up) throw new Error('not ready');
      },
      classify,
      record: (event) => recorded.push(event),
      onStatus: (next) => {
        status = next;
      },
      onData: (next) => data.push(next),
    });
    poller.start();
  }
  const panelStatus = (id: string) => status?.panels.find((panel) => panel.panelId === id);

  beforeEach(() => {
    vi.useFakeTimers({ now: 1_000_000 });
    source = new MemorySource();
    recorded = [];
    status = null;
    data = [];
  });
  afterEach(() => {
    poller.stop();
    vi.useRealTimers();
  });

  it('asks once per refresh for a query two panels share', async () => {
    start([p95, alsoP95]);
    await vi.advanceTimersByTimeAsync(3_500);
    expect(source.requests).toEqual(['p95', 'p95', 'p95', 'p95']);
    expect(data.filter((one) => one.panelId === 'latency-again')).toHaveLength(4);
  });

  it('goes pending, then breached once, then recovers once, journaling each end once', async () => {
    source.values.set('p95', 0.5);
    start([p95]);
    await vi.advanceTimersByTimeAsync(100);
    expect(panelStatus('latency')?.state).toBe('pending');
    await vi.advanceTimersByTimeAsync(5_000);
    expect(panelStatus('latency')?.state).toBe('breached');
    source.values.set('p95', 0.1);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(panelStatus('latency')?.state).toBe('ok');
    expect(recorded.map((event) => event.kind)).toEqual(['threshold.breached', 'threshold.recovered']);
    expect(recorded[0]).toMatchObject({
      subject: 'Latency (P95) breached its target: 0.5, wanted < 0.3 for 3 s',
    });
  });

  it('shortens `for` by the rehearsal factor', async () => {
    source.values.set('p95', 0.5);
    start([p95], 3);
    await vi.advanceTimersByTimeAsync(1_100);
    expect(panelStatus('latency')?.state).toBe('breached');
    expect(panelStatus('latency')?.targets[0]?.forMs).toBe(1_000);
  });

  it('shows a broken query on its own panel while the others keep updating', async () => {
    source.broken.set('p95', 'parse error at char 4: unclosed left parenthesis');
    start([p95, rate]);
    await vi.advanceTimersByTimeAsync(2_100);
    expect(panelStatus('latency')?.error).toEqual({
      errorType: 'bad_data',
      message: 'parse error at char 4: unclosed left parenthesis',
    });
    expect(panelStatus('rate')).toMatchObject({ error: null, updatedAt: 1_002_000 });
    expect(status?.datasource.state).toBe('up');
  });

  it('journals an outage and its end once each, keeps the data, and recovers within an interval', async () => {
    start([p95, rate]);
    await vi.advanceTimersByTimeAsync(2_100);
    const requestsBefore = source.requests.length;
    source.up = false;
    await vi.advanceTimersByTimeAsync(10_000);
    expect(status?.datasource).toMatchObject({
      state: 'down',
      problem: 'connection refused',
      since: 1_003_000,
    });
    // Readiness probes only, not a request per panel per interval.
    expect(source.requests.length - requestsBefore).toBe(2);
    expect(panelStatus('rate')?.updatedAt).toBe(1_002_000);
    source.up = true;
    await vi.advanceTimersByTimeAsync(1_000);
    expect(status?.datasource.state).toBe('up');
    expect(panelStatus('rate')?.updatedAt).toBeGreaterThan(1_012_000);
    expect(recorded.map((event) => event.kind)).toEqual(['datasource.down', 'datasource.up']);
    expect(recorded[1]).toMatchObject({ lastedMs: expect.any(Number) });
  });
});
