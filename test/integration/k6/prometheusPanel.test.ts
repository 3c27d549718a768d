import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { k6PrometheusPanel } from '../../../electron/host/k6/prometheus/k6PrometheusPanel';
import { PrometheusClient } from '../../../electron/host/metrics/prometheus/prometheusClient';
import { PrometheusQueryError } from '../../../electron/host/metrics/prometheus/prometheusErrors';
import { verifyEnvironment } from '../../../electron/host/metrics/verify/verifyEnvironment';
import {
  type ManagedPrometheus,
  startManagedPrometheus,
} from '../../../electron/host/sandbox/prometheus/managedPrometheus';
import { loadWorkspace } from '../../../electron/host/workspace/workspaceLoader';
import { K6_PANEL_METRICS, K6_PANELS, type K6PanelMetric } from '../../../shared/k6/k6PanelMetrics';
import { k6SettingsSchema } from '../../../shared/workspace/k6SettingsSchema';
import type { K6Config, Panel } from '../../../shared/workspace/workspaceTypes';
import { until } from '../metrics/sandboxPrometheus';

/**
 * The panels' rate() looks a minute back and is only whole once a minute of samples fills that
 * window (before, Prometheus extrapolates from what there is, well below the rate): 62 scrapes, one
 * a second, plus Prometheus's start.
 */
const DATA_WITHIN_MS = 90_000;

/** Scrapes that fill the rate window: a minute's, one a second, and one either side. */
const SCRAPES_FILLING_WINDOW = 62;

/** Each request's bound: Prometheus answers on loopback within milliseconds. */
const REQUEST_TIMEOUT_MS = 2_000;

/** rate() of a counter that grows evenly, off by the scrape's few ms of jitter over seconds. */
const RATE_TOLERANCE = 0.03;

/** The tags k6 puts on an HTTP request's samples, as remote write turns them into labels. */
const HTTP_OK =
  'expected_response="true",method="GET",name="http://127.0.0.1/api",proto="HTTP/1.1",scenario="default",status="200",url="http://127.0.0.1/api"';
const HTTP_FAILED =
  'expected_response="false",method="GET",name="http://127.0.0.1/api",proto="HTTP/1.1",scenario="default",status="500",url="http://127.0.0.1/api"';

/** Per-second growth of each counter series, by its labels. */
const COUNTER_RATES: readonly [name: string, labels: string, perSecond: number][] = [
  ['k6_iterations_total', 'scenario="default"', 5],
  ['k6_http_reqs_total', HTTP_OK, 40],
  ['k6_http_reqs_total', HTTP_FAILED, 10],
  ['k6_data_sent_total', 'scenario="default"', 1_000],
  ['k6_data_received_total', 'scenario="default"', 4_000],
];

/** http_req_duration's stats in seconds, as k6 writes them, for the requests that passed and failed. */
const TREND_STATS: readonly [stat: string, ok: number, failed: number][] = [
  ['p99', 0.25, 0.1],
  ['p95', 0.2, 0.05],
  ['p999', 0.4, 0.3],
  ['avg', 0.12, 0.03],
  ['med', 0.1, 0.02],
  ['min', 0.002, 0.001],
  ['max', 0.9, 0.5],
  // k6 divides a time trend's count by 1000 too; neither count nor sum is drawn.
  ['count', 0.5, 0.1],
  ['sum', 60, 5],
];

/** Gauges, rates and trend stats, fixed. */
const FIXED_SERIES: readonly [name: string, labels: string, value: number][] = [
  ['k6_vus', '', 10],
  ['k6_vus_max', '', 20],
  ['k6_http_req_failed_rate', HTTP_OK, 0],
  ['k6_http_req_failed_rate', HTTP_FAILED, 1],
  ['k6_checks_rate', 'check="status is 200",scenario="default"', 0.8],
  ['k6_checks_rate', 'check="body has items",scenario="default"', 0.95],
  ...TREND_STATS.flatMap(([stat, ok, failed]): [string, string, number][] => [
    [`k6_http_req_duration_${stat}`, HTTP_OK, ok],
    [`k6_http_req_duration_${stat}`, HTTP_FAILED, failed],
  ]),
];

/** What each panel's lines must show, legend by legend, with the default trend stats. */
const EXPECTED: Readonly<Record<K6PanelMetric, Record<string, number>>> = {
  vus: { VUs: 10, 'VUs max': 20 },
  iterations: { 'iterations/s': 5 },
  http_reqs: { 'requests/s': 50 },
  http_req_duration: { 'p(99)': 250 },
  http_req_failed: { failed: 0.2 },
  checks: { 'checks passed': 0.8 },
  data: { sent: 1_000, received: 4_000 },
};

const CUSTOM_TREND_STATS = ['p(95)', 'p(99.9)', 'avg', 'med', 'min', 'max', 'count', 'sum'];
const EXPECTED_CUSTOM_DURATIONS = { 'p(95)': 200, 'p(99.9)': 400, avg: 120, med: 100, min: 1, max: 900 };

/** Serves the series k6's remote write produces, in Prometheus's text format, counters growing evenly. */
function startK6Exporter(): Promise<Server> {
  const startedMs = Date.now();
  const server = createServer((request, response) => {
    const elapsedSeconds = (Date.now() - startedMs) / 1000;
    const line = (name: string, labels: string, value: number) => `${name}{${labels}} ${value}`;
    const body = [
      ...COUNTER_RATES.map(([name, labels, perSecond]) => line(name, labels, perSecond * elapsedSeconds)),
      ...FIXED_SERIES.map(([name, labels, value]) => line(name, labels, value)),
    ].join('\n');
    response.writeHead(request.url === '/metrics' ? 200 : 404, {
      'content-type': 'text/plain; version=0.0.4',
    });
    response.end(`${body}\n`);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

function k6Panel(metric: K6PanelMetric): Panel {
  return {
    id: `k6-${metric.replaceAll('_', '-')}`,
    title: metric,
    type: 'k6',
    unit: K6_PANELS[metric].unit,
    decimals: null,
    refreshMs: 5_000,
    queries: [],
    k6: { metric, source: 'prometheus' },
    row: 'k6',
  };
}

describe('k6 Prometheus panels against a real Prometheus holding k6’s remote-write series', () => {
  let exporter: Server;
  let prometheus: ManagedPrometheus;
  let client: PrometheusClient;
  const dirs: string[] = [];

  /** Each line's value by its legend; a line with no series is absent. */
  async function lineValues(panel: Panel): Promise<Record<string, number>> {
    const values: Record<string, number> = {};
    for (const query of panel.queries) {
      const answer = await client.query(query.expr);
      if (answer.data.resultType !== 'vector') throw new Error(`${query.expr}: a ${answer.data.resultType}`);
      expect(answer.data.result.length, query.expr).toBeLessThanOrEqual(1);
      const sample = answer.data.result[0];
      if (sample) values[query.legend ?? query.expr] = sample.value[1];
    }
    return values;
  }

  function expectClose(actual: Record<string, number>, expected: Record<string, number>): void {
    expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
    for (const [legend, value] of Object.entries(expected)) {
      expect(
        Math.abs((actual[legend] ?? Number.NaN) - value),
        `${legend}: ${actual[legend]} vs ${value}`,
      ).toBeLessThanOrEqual(value * RATE_TOLERANCE);
    }
  }

  beforeAll(async () => {
    exporter = await startK6Exporter();
    const { port } = exporter.address() as AddressInfo;
    prometheus = await startManagedPrometheus({
      port: 0,
      targets: [{ job: 'k6', address: `127.0.0.1:${port}` }],
      rehearsalFactor: 1,
    });
    client = new PrometheusClient({ baseUrl: prometheus.url, timeoutMs: REQUEST_TIMEOUT_MS, auth: null });
    await until('a minute of k6 series', DATA_WITHIN_MS, async () => {
      const answer = await client.query('count_over_time(k6_vus[2m])');
      const scrapes = answer.data.resultType === 'vector' ? (answer.data.result[0]?.value[1] ?? 0) : 0;
      return scrapes >= SCRAPES_FILLING_WINDOW;
    });
  }, DATA_WITHIN_MS + 20_000);
  afterAll(async () => {
    await prometheus?.stop();
    await new Promise((resolve) => exporter?.close(resolve));
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it.each(K6_PANEL_METRICS)(
    'draws the planted values on the %s panel with the default trend stats',
    async (metric) => {
      expectClose(await lineValues(k6PrometheusPanel(k6Panel(metric), null)), EXPECTED[metric]);
    },
  );

  it('draws every configured duration stat of http_req_duration, in ms, from the worst tag set', async () => {
    const k6: K6Config = k6SettingsSchema.parse({ remoteWrite: { trendStats: CUSTOM_TREND_STATS } });
    const panel = k6PrometheusPanel(k6Panel('http_req_duration'), k6);
    expectClose(await lineValues(panel), EXPECTED_CUSTOM_DURATIONS);
  });

  it('asks for native histograms in a form Prometheus accepts, finding none in text exposition', async () => {
    const k6: K6Config = k6SettingsSchema.parse({ remoteWrite: { nativeHistograms: true } });
    const panel = k6PrometheusPanel(k6Panel('http_req_duration'), k6);
    expect(panel.queries).toHaveLength(2);
    for (const { expr } of panel.queries) {
      const answer = await client.query(expr).catch((error: unknown) => error);
      expect(answer, expr).not.toBeInstanceOf(PrometheusQueryError);
      expect(answer).toMatchObject({ data: { resultType: 'vector', result: [] } });
    }
  });

  it('passes warroom verify for every k6 Prometheus panel, and names a native histogram that is not there', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'warroom-k6-verify-'));
    dirs.push(dir);
    const panels = K6_PANEL_METRICS.map(
      (metric) => `
        - { id: k6-${metric.replaceAll('_', '-')}, title: ${metric}, type: k6, metric: ${metric}, source: prometheus }`,
    ).join('');
    writeFileSync(
      join(dir, 'warroom.yaml'),
      `
defaultEnvironment: load
environments:
  load:
    prometheus: { url: '${prometheus.url}', timeout: 2s }
    k6:
      thresholds: { http_req_duration: ['p(95)<300'] }
      remoteWrite: { trendStats: [p(95), avg] }
  histograms:
    prometheus: { url: '${prometheus.url}', timeout: 2s }
    k6: { remoteWrite: { nativeHistograms: true } }
dashboard:
  title: k6
  rows:
    - title: k6
      panels:${panels}
`,
    );
    const load = loadWorkspace(dir);
    if (!load.ok) throw new Error(`the test's workspace does not load: ${load.problems[0]?.message}`);
    const verify = (environment: string) =>
      verifyEnvironment({ file: load.file, workspace: load.workspace, problems: [] }, environment, {
        secret: () => undefined,
        timeoutMs: REQUEST_TIMEOUT_MS,
      });
    const report = await verify('load');
    const panelRows = report.checks.filter(({ check }) => check.startsWith('Panel '));
    expect(panelRows.map(({ check, status }) => `${check}: ${status}`)).toEqual(
      K6_PANEL_METRICS.map((metric) => `Panel k6-${metric.replaceAll('_', '-')} queries: pass`),
    );
    expect(panelRows.find(({ check }) => check === 'Panel k6-http-req-duration queries')?.detail).toBe(
      '2 queries return data',
    );
    const histograms = await verify('histograms');
    expect(histograms.ok).toBe(false);
    expect(histograms.checks.find(({ check }) => check === 'Panel k6-http-req-duration queries')).toEqual({
      check: 'Panel k6-http-req-duration queries',
      status: 'fail',
      detail: [
        'query histogram_quantile(0.95, sum(rate(k6_http_req_duration_seconds[1m]))) * 1000: returned no series',
        'query histogram_quantile(0.99, sum(rate(k6_http_req_duration_seconds[1m]))) * 1000: returned no series',
      ].join('\n'),
    });
  });
});
