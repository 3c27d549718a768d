import { describe, expect, it } from 'vitest';
import { k6PrometheusPanel } from '../../../electron/host/k6/prometheus/k6PrometheusPanel';
import { K6_PANELS, type K6PanelMetric } from '../../../shared/k6/k6PanelMetrics';
import { k6SettingsSchema } from '../../../shared/workspace/k6SettingsSchema';
import type { PanelUnit } from '../../../shared/workspace/panelVocabulary';
import type { K6Config, Panel } from '../../../shared/workspace/workspaceTypes';

function k6Panel(metric: K6PanelMetric, unit: PanelUnit = K6_PANELS[metric].unit): Panel {
  return {
    id: `k6-${metric.replaceAll('_', '-')}`,
    title: `k6 ${metric}`,
    type: 'k6',
    unit,
    decimals: 2,
    refreshMs: 5_000,
    queries: [],
    k6: { metric, source: 'prometheus' },
    row: 'Load',
  };
}

/** An environment's `k6:` section as the workspace loader reads it. */
function k6Config(section: unknown): K6Config {
  return k6SettingsSchema.parse(section);
}

const queriesOf = (metric: K6PanelMetric, k6: K6Config | null, unit?: PanelUnit) =>
  k6PrometheusPanel(k6Panel(metric, unit), k6).queries;

describe('a k6 panel over k6’s Prometheus remote-write metrics', () => {
  it('becomes a timeseries panel with the same id, title, unit, decimals, refresh and row', () => {
    expect(k6PrometheusPanel(k6Panel('vus'), null)).toEqual({
      id: 'k6-vus',
      title: 'k6 vus',
      type: 'timeseries',
      unit: 'count',
      decimals: 2,
      refreshMs: 5_000,
      row: 'Load',
      k6: null,
      queries: [
        { expr: 'sum(k6_vus)', legend: 'VUs', target: null },
        { expr: 'sum(k6_vus_max)', legend: 'VUs max', target: null },
      ],
    });
  });

  it('draws counters as their summed per-second rate over the last minute', () => {
    expect(queriesOf('iterations', null)).toEqual([
      { expr: 'sum(rate(k6_iterations_total[1m]))', legend: 'iterations/s', target: null },
    ]);
    expect(queriesOf('http_reqs', null)).toEqual([
      { expr: 'sum(rate(k6_http_reqs_total[1m]))', legend: 'requests/s', target: null },
    ]);
    expect(queriesOf('data', null)).toEqual([
      { expr: 'sum(rate(k6_data_sent_total[1m]))', legend: 'sent', target: null },
      { expr: 'sum(rate(k6_data_received_total[1m]))', legend: 'received', target: null },
    ]);
  });

  it('weights each tag set’s failed rate by its requests, and takes the lowest check pass rate', () => {
    expect(queriesOf('http_req_failed', null)).toEqual([
      {
        expr: 'sum(k6_http_req_failed_rate * k6_http_reqs_total) / sum(k6_http_reqs_total)',
        legend: 'failed',
        target: null,
      },
    ]);
    expect(queriesOf('checks', null)).toEqual([
      { expr: 'min(k6_checks_rate)', legend: 'checks passed', target: null },
    ]);
  });

  it('shows a ratio as percent when the panel’s unit is percent, threshold included', () => {
    const k6 = k6Config({ thresholds: { checks: ['rate>0.99'] } });
    expect(queriesOf('checks', k6, 'percent')).toEqual([
      {
        expr: 'min(k6_checks_rate) * 100',
        legend: 'checks passed',
        target: { comparator: '>', value: 99, forMs: 0 },
      },
    ]);
  });

  it('draws k6’s default trend stat, p(99), in ms, without and with an empty k6 section', () => {
    const expected = [{ expr: 'max(k6_http_req_duration_p99) * 1000', legend: 'p(99)', target: null }];
    expect(queriesOf('http_req_duration', null)).toEqual(expected);
    expect(queriesOf('http_req_duration', k6Config({}))).toEqual(expected);
  });

  it('draws each configured trend stat that is a duration, once, suffixed as k6 names it', () => {
    const k6 = k6Config({
      remoteWrite: { trendStats: ['p(95)', 'p(99.9)', 'avg', 'med', 'min', 'max', 'count', 'sum', 'p(95)'] },
    });
    expect(queriesOf('http_req_duration', k6)).toEqual([
      { expr: 'max(k6_http_req_duration_p95) * 1000', legend: 'p(95)', target: null },
      { expr: 'max(k6_http_req_duration_p999) * 1000', legend: 'p(99.9)', target: null },
      { expr: 'max(k6_http_req_duration_avg) * 1000', legend: 'avg', target: null },
      { expr: 'max(k6_http_req_duration_med) * 1000', legend: 'med', target: null },
      { expr: 'min(k6_http_req_duration_min) * 1000', legend: 'min', target: null },
      { expr: 'max(k6_http_req_duration_max) * 1000', legend: 'max', target: null },
    ]);
  });

  it('draws p(95) and p(99) from the native histogram when trends are written as one', () => {
    const k6 = k6Config({ remoteWrite: { trendStats: ['avg'], nativeHistograms: true } });
    expect(queriesOf('http_req_duration', k6)).toEqual([
      {
        expr: 'histogram_quantile(0.95, sum(rate(k6_http_req_duration_seconds[1m]))) * 1000',
        legend: 'p(95)',
        target: null,
      },
      {
        expr: 'histogram_quantile(0.99, sum(rate(k6_http_req_duration_seconds[1m]))) * 1000',
        legend: 'p(99)',
        target: null,
      },
    ]);
  });

  it('stays in seconds when the panel’s unit is s, thresholds brought from ms', () => {
    const k6 = k6Config({ thresholds: { http_req_duration: ['p(99)<300'] } });
    expect(queriesOf('http_req_duration', k6, 's')).toEqual([
      {
        expr: 'max(k6_http_req_duration_p99)',
        legend: 'p(99)',
        target: { comparator: '<', value: 0.3, forMs: 0 },
      },
    ]);
  });
});

describe('the k6 thresholds a k6 Prometheus panel draws as targets', () => {
  it('puts each p(N) threshold on its p(N) line, in ms as k6 writes it', () => {
    const k6 = k6Config({
      thresholds: { http_req_duration: ['p(95)<300', 'p(99.9)<=1500', 'avg<200'] },
      remoteWrite: { trendStats: ['p(95)', 'p(99)', 'p(99.9)', 'avg'] },
    });
    expect(queriesOf('http_req_duration', k6).map(({ legend, target }) => [legend, target])).toEqual([
      ['p(95)', { comparator: '<', value: 300, forMs: 0 }],
      ['p(99)', null],
      ['p(99.9)', { comparator: '<=', value: 1500, forMs: 0 }],
      ['avg', { comparator: '<', value: 200, forMs: 0 }],
    ]);
  });

  it('matches a percentile by its number, so p(99.0) is p(99)’s line', () => {
    const k6 = k6Config({ thresholds: { http_req_duration: ['p(99.0)<400'] } });
    expect(queriesOf('http_req_duration', k6)[0]?.target).toEqual({ comparator: '<', value: 400, forMs: 0 });
  });

  it('takes the first threshold a line can stand for, skipping ===, == and !=', () => {
    const k6 = k6Config({
      thresholds: {
        http_req_failed: ['rate==0', 'rate!=1', { threshold: 'rate<0.01', abortOnFail: true }, 'rate<0.05'],
      },
    });
    expect(queriesOf('http_req_failed', k6)[0]?.target).toEqual({ comparator: '<', value: 0.01, forMs: 0 });
  });

  it('ignores a threshold on a submetric: the line sums every tag set', () => {
    const k6 = k6Config({
      thresholds: {
        'http_req_duration{expected_response:true}': ['p(99)<200'],
        'http_reqs{status:200}': ['rate>10'],
      },
    });
    expect(queriesOf('http_req_duration', k6)[0]?.target).toBeNull();
    expect(queriesOf('http_reqs', k6)[0]?.target).toBeNull();
  });

  it('puts rate thresholds on counters’ rate lines and value thresholds on gauges, never count', () => {
    const k6 = k6Config({
      thresholds: {
        http_reqs: ['count>1000', 'rate>=50'],
        iterations: ['count>10'],
        vus: ['value<=100'],
        vus_max: ['value<200'],
        data_received: ['rate<1048576'],
      },
    });
    expect(queriesOf('http_reqs', k6)[0]?.target).toEqual({ comparator: '>=', value: 50, forMs: 0 });
    expect(queriesOf('iterations', k6)[0]?.target).toBeNull();
    expect(queriesOf('vus', k6).map(({ target }) => target)).toEqual([
      { comparator: '<=', value: 100, forMs: 0 },
      { comparator: '<', value: 200, forMs: 0 },
    ]);
    expect(queriesOf('data', k6).map(({ target }) => target)).toEqual([
      null,
      { comparator: '<', value: 1048576, forMs: 0 },
    ]);
  });

  it('draws no threshold for a stat the remote write does not write', () => {
    const k6 = k6Config({ thresholds: { http_req_duration: ['p(95)<300', 'med<100'] } });
    expect(queriesOf('http_req_duration', k6)).toEqual([
      { expr: 'max(k6_http_req_duration_p99) * 1000', legend: 'p(99)', target: null },
    ]);
  });

  it('puts p(95) and p(99) thresholds on the native histogram’s lines, and no avg', () => {
    const k6 = k6Config({
      thresholds: { http_req_duration: ['avg<100', 'p(99)<500', 'p(95)<250'] },
      remoteWrite: { nativeHistograms: true },
    });
    expect(queriesOf('http_req_duration', k6).map(({ target }) => target)).toEqual([
      { comparator: '<', value: 250, forMs: 0 },
      { comparator: '<', value: 500, forMs: 0 },
    ]);
  });
});

it('refuses a panel that is not a k6 panel', () => {
  expect(() => k6PrometheusPanel({ ...k6Panel('vus'), type: 'timeseries', k6: null }, null)).toThrow(
    'panel k6-vus is not a k6 panel',
  );
});
