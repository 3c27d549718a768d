import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  convertGrafanaDashboard,
  NotAGrafanaDashboardError,
} from '../../electron/host/workspace/grafana/convertGrafanaDashboard';
import { parseDashboardJson } from '../../electron/host/workspace/grafana/dashboardJson';
import { dashboardYaml } from '../../electron/host/workspace/grafana/dashboardYaml';
import type { ImportedDashboard } from '../../electron/host/workspace/grafana/importedDashboard';
import { isRedColor } from '../../electron/host/workspace/grafana/redColors';
import { resolveTemplateVariables } from '../../electron/host/workspace/grafana/templateVariables';
import { targetFromThresholds } from '../../electron/host/workspace/grafana/thresholdTargets';
import { warroomUnit } from '../../electron/host/workspace/grafana/unitMap';
import { loadWorkspace } from '../../electron/host/workspace/workspaceLoader';

const FIXTURES = 'test/fixtures/grafana';

function fixture(name: string): unknown {
  return JSON.parse(readFileSync(join(FIXTURES, name), 'utf8'));
}

/** Grafana's `${name}` variable syntax, which a plain string would have biome take for a mistaken template. */
const braced = (name: string) => `\${${name}}`;

const PROMETHEUS = { type: 'prometheus', uid: braced('DS_PROMETHEUS') };

/** A Grafana 11 dashboard holding `panels`, with the export's Prometheus input. */
function dashboardOf(panels: unknown[], extra: Record<string, unknown> = {}) {
  return {
    __inputs: [
      { name: 'DS_PROMETHEUS', type: 'datasource', pluginId: 'prometheus', pluginName: 'Prometheus' },
    ],
    panels,
    schemaVersion: 39,
    title: 'Scratch',
    ...extra,
  };
}

/** A timeseries panel at row `y` with one Prometheus query per expression. */
function timeseries(title: string, y: number, ...exprs: string[]) {
  return {
    datasource: PROMETHEUS,
    gridPos: { h: 8, w: 12, x: 0, y },
    targets: exprs.map((expr, index) => ({
      datasource: PROMETHEUS,
      expr,
      refId: String.fromCharCode(65 + index),
    })),
    title,
    type: 'timeseries',
  };
}

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** Loads the converted section as a workspace would hold it, under an environments: section. */
function loadImported(dashboard: ImportedDashboard) {
  const dir = mkdtempSync(join(tmpdir(), 'warroom-grafana-'));
  folders.push(dir);
  const yaml = `environments:\n  staging:\n    prometheus: { url: http://127.0.0.1:9090 }\n${dashboardYaml(dashboard, 'test.json')}`;
  writeFileSync(join(dir, 'warroom.yaml'), yaml);
  return loadWorkspace(dir);
}

describe('a Grafana 11 export', () => {
  const result = convertGrafanaDashboard(fixture('checkout-api.json'));

  it('keeps the Prometheus panels with their queries, units, decimals and targets, row by row', () => {
    const job = (selector: string) => `{job="$job"${selector}}`;
    expect(result.converted).toBe(7);
    expect(result.dashboard).toEqual({
      title: 'Checkout API',
      refresh: '10s',
      rows: [
        {
          title: 'Checkout API',
          panels: [
            {
              id: 'requests-per-second',
              title: 'Requests per second',
              unit: 'req/s',
              decimals: 0,
              queries: [{ expr: `sum(rate(http_requests_total${job('')}[1m]))` }],
            },
          ],
        },
        {
          title: 'Traffic',
          panels: [
            {
              id: 'request-rate',
              title: 'Request rate',
              unit: 'req/s',
              queries: [
                { expr: `sum by (route) (rate(http_requests_total${job('')}[1m]))`, legend: '{{route}}' },
              ],
            },
            {
              id: '5xx-error-ratio',
              title: '5xx error ratio',
              unit: 'ratio',
              decimals: 3,
              queries: [
                {
                  expr: `sum(rate(http_requests_total${job(', code=~"5.."')}[1m])) / sum(rate(http_requests_total${job('')}[1m]))`,
                  legend: '5xx share',
                  target: { comparator: '<', value: 0.005 },
                },
              ],
            },
            {
              id: 'p95-latency',
              title: 'P95 latency',
              unit: 's',
              decimals: 2,
              queries: [
                {
                  expr: `histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket${job('')}[1m])))`,
                  legend: 'p95',
                  target: { comparator: '<', value: 0.3 },
                },
              ],
            },
          ],
        },
        {
          title: 'Resources',
          panels: [
            {
              id: 'memory',
              title: 'Memory',
              unit: 'bytes',
              queries: [
                {
                  expr: `process_resident_memory_bytes${job('')}`,
                  legend: '{{instance}}',
                  target: { comparator: '<', value: 1610612736 },
                },
              ],
            },
            {
              id: 'cpu',
              title: 'CPU',
              unit: 'ratio',
              decimals: 1,
              queries: [
                {
                  expr: `sum(rate(process_cpu_seconds_total${job('')}[1m]))`,
                  legend: 'cpu',
                  target: { comparator: '<', value: 0.85 },
                },
              ],
            },
            {
              id: 'restarts-in-the-range',
              title: 'Restarts in the range',
              unit: 'count',
              queries: [
                {
                  expr: `sum by (instance) (increase(process_start_time_seconds${job('')}[1h]) > bool 0)`,
                  legend: '{{instance}}',
                },
              ],
            },
          ],
        },
      ],
    });
  });

  it('lists each panel and query it skipped, with the reason', () => {
    expect(result.skipped).toEqual([
      {
        panel: 'About this dashboard',
        reason: 'a text panel; only timeseries, graph, stat, gauge, bargauge panels are converted',
      },
      { panel: 'Request rate', reason: 'query B: hidden in Grafana' },
      {
        panel: 'Error logs',
        reason: 'a logs panel; only timeseries, graph, stat, gauge, bargauge panels are converted',
      },
      { panel: 'Error log lines per second', reason: 'its data source is loki, not Prometheus' },
    ]);
  });

  it('warns of each window it made concrete, each variable left in place and each threshold left out', () => {
    expect(result.warnings).toContain('"P95 latency": query A: $__rate_interval became 1m');
    expect(result.warnings).toContain('"Restarts in the range": query A: $__range became 1h');
    expect(result.warnings).toContain(
      '"Memory": query A: $job is a Grafana variable; replace it with a value',
    );
    expect(result.warnings).toContain(
      '"Restarts in the range": thresholds in percent of the value range left out: a Warroom target is a value',
    );
    expect(result.warnings).toContain(
      `"Request rate": Grafana's default thresholds (red from 80) taken as no target; add one if 80 was meant`,
    );
    expect(result.warnings.filter((warning) => warning.includes('$job'))).toHaveLength(7);
  });

  it('reads the HTTP API answer { dashboard, meta } the same, with or without the export inputs', () => {
    const exported = fixture('checkout-api.json') as Record<string, unknown>;
    const { __inputs, __requires, ...bare } = exported;
    expect(__inputs).toBeDefined();
    expect(__requires).toBeDefined();
    const fromApi = convertGrafanaDashboard({ dashboard: bare, meta: { slug: 'checkout-api' } });
    expect(fromApi).toEqual(result);
  });

  it('loads through the workspace loader without a problem', () => {
    const loaded = loadImported(result.dashboard);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems, null, 2));
    expect(loaded.workspace.dashboard?.panels.map((panel) => panel.id)).toEqual([
      'requests-per-second',
      'request-rate',
      '5xx-error-ratio',
      'p95-latency',
      'memory',
      'cpu',
      'restarts-in-the-range',
    ]);
    expect(loaded.workspace.dashboard?.refreshMs).toBe(10_000);
    expect(loaded.workspace.dashboard?.panels[3]?.queries[0]?.target).toEqual({
      comparator: '<',
      value: 0.3,
      forMs: 0,
    });
  });
});

describe('a legacy dashboard (schema 14, rows of graph panels)', () => {
  const result = convertGrafanaDashboard(fixture('checkout-api-legacy.json'));

  it('keeps its rows, names an untitled row after the dashboard, and reads yaxes and thresholds', () => {
    const { rows } = result.dashboard;
    expect(rows.map((row) => [row.title, row.panels.map((panel) => `${panel.id} ${panel.unit}`)])).toEqual([
      ['Traffic', ['request-rate req/s', '5xx-ratio ratio', 'p95-latency s']],
      ['Checkout API (legacy)', ['memory bytes', 'cpu ratio']],
    ]);
    const targets = rows.flatMap((row) => row.panels.map((panel) => panel.queries[0]?.target));
    expect(targets).toEqual([
      undefined,
      { comparator: '<', value: 0.005 },
      { comparator: '<', value: 0.3 },
      undefined,
      undefined,
    ]);
    expect(rows[0]?.panels[1]?.decimals).toBe(3);
    expect(rows[1]?.panels[1]?.decimals).toBe(1);
    expect(rows[0]?.panels[0]?.queries).toEqual([
      { expr: 'sum(rate(http_requests_total{job="[[job]]"}[5m])) by (code)', legend: '{{code}}' },
    ]);
    expect(result.dashboard.refresh).toBe('1m');
  });

  it('skips the singlestat and warns of the [[job]] variables', () => {
    expect(result.converted).toBe(5);
    expect(result.skipped).toEqual([
      {
        panel: 'Uptime',
        reason: 'a singlestat panel; only timeseries, graph, stat, gauge, bargauge panels are converted',
      },
    ]);
    expect(result.warnings).toContain(
      '"CPU": query A: [[job]] is a Grafana variable; replace it with a value',
    );
  });

  it('turns op lt into a floor', () => {
    const graph = {
      datasource: braced('DS_PROMETHEUS'),
      targets: [{ expr: 'up', refId: 'A' }],
      thresholds: [{ colorMode: 'critical', op: 'lt', value: 1 }],
      title: 'Targets up',
      type: 'graph',
      yaxes: [{ format: 'short' }, { format: 'short' }],
    };
    const legacy = { rows: [{ title: 'Health', panels: [graph] }], schemaVersion: 14, title: 'Old' };
    expect(convertGrafanaDashboard(legacy).dashboard.rows[0]?.panels[0]?.queries[0]?.target).toEqual({
      comparator: '>',
      value: 1,
    });
  });

  it('loads through the workspace loader without a problem', () => {
    const loaded = loadImported(result.dashboard);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems, null, 2));
    expect(loaded.workspace.dashboard?.panels).toHaveLength(5);
  });
});

describe('Grafana template variables', () => {
  it('makes the built-in windows concrete and leaves the others for the user', () => {
    expect(
      resolveTemplateVariables(
        `rate(x{job=~"${braced('job:regex')}", env="[[env]]"}[$__rate_interval]) + rate(y[${braced('__interval')}]) + increase(z[$__range]) * $__interval_ms`,
      ),
    ).toEqual({
      expr: `rate(x{job=~"${braced('job:regex')}", env="[[env]]"}[1m]) + rate(y[1m]) + increase(z[1h]) * $__interval_ms`,
      replaced: ['$__rate_interval became 1m', `${braced('__interval')} became 1m`, '$__range became 1h'],
      unresolved: [braced('job:regex'), '[[env]]', '$__interval_ms'],
    });
  });

  it('takes no PromQL for a variable: a label_replace group or a regex end', () => {
    const expr = 'label_replace(up{path=~"/api$"}, "svc", "$1", "job", "(.*)")';
    expect(resolveTemplateVariables(expr)).toEqual({ expr, replaced: [], unresolved: [] });
  });
});

describe('Grafana units', () => {
  it.each([
    ['percent', 'percent'],
    ['percentunit', 'ratio'],
    ['ms', 'ms'],
    ['s', 's'],
    ['reqps', 'req/s'],
    ['rps', 'req/s'],
    ['bytes', 'bytes'],
    ['decbytes', 'bytes'],
    ['short', 'count'],
    ['none', 'count'],
    [undefined, 'count'],
  ])('%s is %s', (grafana, unit) => {
    expect(warroomUnit(grafana)).toEqual({ unit });
  });

  it('shows bits and units Warroom lacks as a count, and says so', () => {
    expect(warroomUnit('bits')).toEqual({
      unit: 'count',
      note: 'unit bits left out: Warroom has bytes, not bits; shown as a count',
    });
    expect(warroomUnit('kbytes')).toEqual({
      unit: 'count',
      note: `Grafana's unit "kbytes" has no Warroom counterpart; shown as a count`,
    });
  });
});

describe('Grafana thresholds', () => {
  const steps = (...list: [string, number | null][]) => ({
    mode: 'absolute',
    steps: list.map(([color, value]) => ({ color, value })),
  });

  it('takes the first red step, named or as a color', () => {
    expect(targetFromThresholds(steps(['green', null], ['dark-red', 5], ['red', 9]))).toEqual({
      target: { comparator: '<', value: 5 },
    });
    expect(targetFromThresholds(steps(['green', null], ['#FF9830', 0.7], ['#E02F44', 0.9]))).toEqual({
      target: { comparator: '<', value: 0.9 },
    });
    expect(targetFromThresholds(steps(['green', null], ['rgba(245, 54, 54, 0.9)', 2]))).toEqual({
      target: { comparator: '<', value: 2 },
    });
  });

  it('takes the last step when none is red, and a floor when the base is red', () => {
    expect(targetFromThresholds(steps(['green', null], ['yellow', 3], ['orange', 4]))).toEqual({
      target: { comparator: '<', value: 4 },
    });
    expect(targetFromThresholds(steps(['red', null], ['green', 0.99]))).toEqual({
      target: { comparator: '>=', value: 0.99 },
    });
  });

  it('gives no target for a base step alone', () => {
    expect(targetFromThresholds(steps(['green', null]))).toEqual({});
    expect(targetFromThresholds(undefined)).toEqual({});
  });

  it('knows reds from oranges, yellows and greys', () => {
    expect(['red', 'semi-dark-red', 'light-red', '#F2495C', '#C4162A', '#d44a3a'].every(isRedColor)).toBe(
      true,
    );
    expect(['orange', '#FF9830', '#FADE2A', 'green', '#808080', 'transparent'].some(isRedColor)).toBe(false);
  });
});

describe('data sources', () => {
  it('reads a mixed panel query by query, and a $datasource variable through the templating list', () => {
    const mixed = {
      ...timeseries('Errors', 0, 'sum(rate(errors_total[1m]))', 'sum(count_over_time({app="x"}[1m]))'),
      datasource: { type: 'datasource', uid: '-- Mixed --' },
    };
    mixed.targets[1] = { ...mixed.targets[1], datasource: { type: 'loki', uid: 'logs' } } as never;
    const variable = { ...timeseries('Logs rate', 8, 'sum(rate({app="x"}[1m]))'), datasource: '$logs' };
    const noSource = {
      ...timeseries('Up', 16, 'up'),
      datasource: undefined,
      targets: [{ expr: 'up', refId: 'A' }],
    };
    const result = convertGrafanaDashboard(
      dashboardOf([mixed, variable, noSource], {
        templating: { list: [{ name: 'logs', type: 'datasource', query: 'loki' }] },
      }),
    );
    expect(result.dashboard.rows[0]?.panels.map((panel) => panel.title)).toEqual(['Errors', 'Up']);
    expect(result.skipped).toEqual([
      { panel: 'Errors', reason: 'query B: its data source is loki, not Prometheus' },
      { panel: 'Logs rate', reason: 'its data source is loki, not Prometheus' },
    ]);
  });
});

describe('fitting warroom.yaml', () => {
  it('splits a row past 12 panels, makes ids unique, caps queries at 8 and decimals at 6', () => {
    const panels = Array.from({ length: 14 }, (_, index) => timeseries('Latency', index, 'x'));
    const busy = timeseries('Busy', 20, ...Array.from({ length: 9 }, (_, index) => `q${index}`));
    const precise = { ...timeseries('Precise', 21, 'y'), fieldConfig: { defaults: { decimals: 9 } } };
    const untitled = { ...timeseries('', 22, 'z'), id: 7 };
    const result = convertGrafanaDashboard(
      dashboardOf([...panels, busy, precise, untitled], { refresh: '1d', title: 'Busy board' }),
    );
    const { rows } = result.dashboard;
    expect(rows.map((row) => [row.title, row.panels.length])).toEqual([
      ['Busy board', 12],
      ['Busy board (2)', 5],
    ]);
    const ids = rows.flatMap((row) => row.panels.map((panel) => panel.id));
    expect(ids.slice(0, 3)).toEqual(['latency', 'latency-2', 'latency-3']);
    expect(new Set(ids).size).toBe(ids.length);
    expect(rows[1]?.panels.find((panel) => panel.title === 'Busy')?.queries).toHaveLength(8);
    expect(rows[1]?.panels.find((panel) => panel.title === 'Precise')?.decimals).toBe(6);
    expect(rows[1]?.panels.at(-1)).toMatchObject({ id: 'panel-7', title: 'Panel 7' });
    expect(result.skipped).toEqual([
      { panel: 'Busy', reason: 'query I: a Warroom panel holds at most 8 queries' },
    ]);
    expect(result.dashboard.refresh).toBe('5s');
    expect(result.warnings).toEqual([
      '"Precise": 9 decimals became 6 (Warroom shows 0 to 6)',
      'an untitled panel is called "Panel 7"',
      'row "Busy board" has 17 panels; Warroom rows hold 12, so it became 2 rows',
      'the dashboard refreshes every 1d; Warroom refreshes every 1s to 5m, so 5s is used',
    ]);
    const loaded = loadImported(result.dashboard);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems, null, 2));
  });

  it('skips a panel warroom.yaml would refuse, saying why', () => {
    const panel = timeseries('Odd legend', 0, 'up');
    panel.targets[0] = { ...panel.targets[0], legendFormat: '{{ $labels.job }}' } as never;
    const result = convertGrafanaDashboard(dashboardOf([panel, timeseries('Up', 8, 'up')]));
    expect(result.converted).toBe(1);
    expect(result.skipped).toEqual([
      {
        panel: 'Odd legend',
        reason:
          'warroom.yaml would refuse it: queries[0].legend: a legend names labels as {{label}}, e.g. {{route}}',
      },
    ]);
  });

  it('converts nothing from a dashboard without panels', () => {
    expect(convertGrafanaDashboard(dashboardOf([]))).toMatchObject({ converted: 0, skipped: [] });
  });
});

describe('input that is not a Grafana dashboard', () => {
  it.each([
    [[1, 2], 'expected a Grafana dashboard, a JSON object; got a list'],
    [{ title: 'x' }, 'no panels: a Grafana dashboard lists them under "panels"'],
    [{ kind: 'Dashboard', spec: { elements: {}, layout: {} } }, 'a Grafana v2 dashboard resource'],
  ])('%j', (json, message) => {
    expect(() => convertGrafanaDashboard(json)).toThrow(NotAGrafanaDashboardError);
    expect(() => convertGrafanaDashboard(json)).toThrow(message);
  });

  it('names where a file stops being JSON', () => {
    expect(parseDashboardJson('{\n  "title": "x",\n  "panels": [tru]\n}')).toEqual({
      ok: false,
      line: 3,
      column: 17,
      message: "Unexpected token ']'",
    });
    expect(parseDashboardJson('{"title": "x",}')).toMatchObject({ ok: false, line: 1, column: 15 });
    expect(parseDashboardJson('\uFEFF{"panels": []}')).toEqual({ ok: true, json: { panels: [] } });
  });
});
