import { describe, expect, it } from 'vitest';
import { loadWorkspace } from '../../../electron/host/workspace/workspaceLoader';
import { problemsIn, scratchWorkspace, yamlLines } from './scratchWorkspace';

/** Lines 1-7 of every file below; a test's panels start on line 8. */
const HEAD = [
  'environments:',
  '  sandbox: {}',
  'dashboard:',
  '  title: Stress Certification',
  '  rows:',
  '    - title: Traffic',
  '      panels:',
];

/** A file with HEAD and then `lines`, each a line of the Traffic row's panels. */
function withPanels(...lines: string[]): string {
  return yamlLines(...HEAD, ...lines);
}

function loaded(yaml: string) {
  const load = loadWorkspace(scratchWorkspace(yaml));
  if (!load.ok) throw new Error(JSON.stringify(load.problems));
  return load.workspace;
}

describe('a valid dashboard', () => {
  it('fills every default: id from the title, timeseries, count, the dashboard refresh of 5s', () => {
    const workspace = loaded(
      withPanels(
        '        - title: P95 latency (s)',
        '          queries:',
        '            - expr: histogram_quantile(0.95, sum by (le) (rate(x_bucket[1m])))',
      ),
    );
    const panel = {
      id: 'p95-latency-s',
      title: 'P95 latency (s)',
      type: 'timeseries',
      unit: 'count',
      decimals: null,
      refreshMs: 5_000,
      queries: [
        { expr: 'histogram_quantile(0.95, sum by (le) (rate(x_bucket[1m])))', legend: null, target: null },
      ],
      row: 'Traffic',
      k6: null,
    };
    expect(workspace.dashboard).toEqual({
      title: 'Stress Certification',
      refreshMs: 5_000,
      rows: [{ title: 'Traffic', panels: [panel] }],
      panels: [panel],
    });
    expect(workspace.signoff).toEqual([]);
  });

  it('reads every key, the target as a TargetSpec, and a panel refresh over the dashboard one', () => {
    const workspace = loaded(
      yamlLines(
        'environments:',
        '  sandbox: {}',
        'dashboard:',
        '  title: Stress Certification',
        '  refresh: 10s',
        '  rows:',
        '    - title: Traffic',
        '      panels:',
        '        - id: errors',
        '          title: 5xx error rate',
        '          unit: ratio',
        '          decimals: 2',
        '          refresh: 1s',
        '          queries:',
        '            - expr: sum(rate(a[1m])) / sum(rate(b[1m]))',
        "              legend: '{{ route }} {{code}}'",
        "              target: { comparator: '<', value: 0.005, for: 5m }",
        '            - expr: sum(rate(b[1m]))',
        "              target: { comparator: '>=', value: 1 }",
        '    - title: Alerts',
        '      panels:',
        '        - { title: Alerts firing, type: alerts }',
        '        - { title: Health, type: health }',
      ),
    );
    const dashboard = workspace.dashboard;
    expect(dashboard?.refreshMs).toBe(10_000);
    expect(dashboard?.panels.map((panel) => [panel.id, panel.row, panel.refreshMs, panel.type])).toEqual([
      ['errors', 'Traffic', 1_000, 'timeseries'],
      ['alerts-firing', 'Alerts', 10_000, 'alerts'],
      ['health', 'Alerts', 10_000, 'health'],
    ]);
    expect(dashboard?.panels[0]).toMatchObject({ unit: 'ratio', decimals: 2 });
    expect(dashboard?.panels[0]?.queries).toEqual([
      {
        expr: 'sum(rate(a[1m])) / sum(rate(b[1m]))',
        legend: '{{ route }} {{code}}',
        target: { comparator: '<', value: 0.005, forMs: 300_000 },
      },
      { expr: 'sum(rate(b[1m]))', legend: null, target: { comparator: '>=', value: 1, forMs: 0 } },
    ]);
    expect(dashboard?.panels[1]?.queries).toEqual([]);
  });

  it('makes ids from titles with accents and symbols, and asks for one when a title has no letter', () => {
    const workspace = loaded(
      withPanels('        - title: Réponse P95 (ms)', '          queries: [{ expr: up }]'),
    );
    expect(workspace.dashboard?.panels[0]?.id).toBe('reponse-p95-ms');
    expect(problemsIn(withPanels("        - title: '%'", '          queries: [{ expr: up }]'))).toEqual([
      'warroom.yaml:8:18: dashboard.rows[0].panels[0].title: this title has no letter or digit to make the panel id from; give the panel an id',
    ]);
  });

  it('leaves the dashboard out when the file has none', () => {
    expect(loaded(yamlLines('environments:', '  sandbox: {}')).dashboard).toBeNull();
  });
});

describe('a dashboard with a problem', () => {
  it("rejects a panel id given twice, at the second, naming the first one's line", () => {
    expect(
      problemsIn(
        withPanels(
          '        - id: rate',
          '          title: Request rate',
          '          queries: [{ expr: up }]',
          '        - id: rate',
          '          title: Error rate',
          '          queries: [{ expr: up }]',
        ),
      ),
    ).toEqual([
      'warroom.yaml:11:15: dashboard.rows[0].panels[1].id: panel id "rate" is already used; first given on line 8',
    ]);
  });

  it('rejects two titles that make the same id, at the second title', () => {
    expect(
      problemsIn(
        withPanels(
          '        - title: Request rate',
          '          queries: [{ expr: up }]',
          '        - title: Request  Rate!',
          '          queries: [{ expr: up }]',
        ),
      ),
    ).toEqual([
      'warroom.yaml:10:18: dashboard.rows[0].panels[1].title: this title makes the panel id "request-rate", which another panel has; give this panel an id; first given on line 8',
    ]);
  });

  it('refuses queries on an alerts or health panel, saying why', () => {
    expect(
      problemsIn(
        withPanels(
          '        - title: Alerts firing',
          '          type: alerts',
          '          queries:',
          '            - expr: ALERTS',
          '        - title: Health',
          '          type: health',
          '          queries: [{ expr: up }]',
        ),
      ),
    ).toEqual([
      'warroom.yaml:11:13: dashboard.rows[0].panels[0].queries: an alerts panel lists the alerts firing in Prometheus, so it takes no queries',
      "warroom.yaml:14:20: dashboard.rows[0].panels[1].queries: a health panel shows the environment's health checks, so it takes no queries",
    ]);
  });

  it('asks a timeseries panel for its queries, at the panel', () => {
    expect(problemsIn(withPanels('        - title: Request rate', '          unit: req/s'))).toEqual([
      'warroom.yaml:8:11: dashboard.rows[0].panels[0].queries: a timeseries panel needs queries: a list of { expr } with PromQL',
    ]);
  });

  it('rejects an unknown unit, suggesting the nearest', () => {
    expect(
      problemsIn(
        withPanels(
          '        - title: Request rate',
          '          unit: req/sec',
          '          queries: [{ expr: up }]',
        ),
      ),
    ).toEqual([
      'warroom.yaml:9:17: dashboard.rows[0].panels[0].unit: expected one of percent, ratio, ms, s, req/s, ops/s, bytes, bytes/s, count; did you mean "req/s"?',
    ]);
  });

  it('rejects a comparator that is not one, suggesting the nearest', () => {
    expect(
      problemsIn(
        withPanels(
          '        - title: Latency',
          '          queries:',
          '            - expr: up',
          '              target:',
          "                comparator: '=<'",
          '                value: 0.3',
        ),
      ),
    ).toEqual([
      'warroom.yaml:12:29: dashboard.rows[0].panels[0].queries[0].target.comparator: expected one of <, <=, >, >=; did you mean "<="?',
    ]);
  });

  it('points a target without a value at the target', () => {
    expect(
      problemsIn(
        withPanels(
          '        - title: Latency',
          '          queries:',
          '            - expr: up',
          '              target:',
          "                comparator: '<'",
        ),
      ),
    ).toEqual([
      'warroom.yaml:11:15: dashboard.rows[0].panels[0].queries[0].target.value: required, but missing',
    ]);
  });

  it('rejects a target for out of 0..24h, and a value that is not a number', () => {
    expect(
      problemsIn(
        withPanels(
          '        - title: Latency',
          '          queries:',
          '            - expr: up',
          "              target: { comparator: '<', value: 300ms, for: 25h }",
        ),
      ),
    ).toEqual([
      'warroom.yaml:11:49: dashboard.rows[0].panels[0].queries[0].target.value: a target value is a number, e.g. 0.005 or 300',
      'warroom.yaml:11:61: dashboard.rows[0].panels[0].queries[0].target.for: expected a duration from 0s to 24h (got 25h)',
    ]);
  });

  it('rejects a refresh out of 1s..5m, a bad id, too many decimals and a broken legend', () => {
    expect(
      problemsIn(
        withPanels(
          '        - id: Request_Rate',
          '          title: Request rate',
          '          decimals: 7',
          '          refresh: 500ms',
          '          queries:',
          '            - expr: "  "',
          "              legend: '{{route}'",
        ),
      ),
    ).toEqual([
      'warroom.yaml:8:15: dashboard.rows[0].panels[0].id: a panel id is lowercase letters and digits, joined by dashes: request-rate',
      'warroom.yaml:10:21: dashboard.rows[0].panels[0].decimals: a whole number from 0 to 6',
      'warroom.yaml:11:20: dashboard.rows[0].panels[0].refresh: expected a duration from 1s to 5m (got 500ms)',
      'warroom.yaml:13:21: dashboard.rows[0].panels[0].queries[0].expr: must not be empty',
      'warroom.yaml:14:23: dashboard.rows[0].panels[0].queries[0].legend: a legend names labels as {{label}}, e.g. {{route}}',
    ]);
  });

  it('requires a title and at least one row, and misspelt keys are named', () => {
    expect(
      problemsIn(yamlLines('environments:', '  sandbox: {}', 'dashboard:', '  titel: X', '  rows: []')),
    ).toEqual([
      'warroom.yaml:3:1: dashboard.title: required, but missing',
      'warroom.yaml:4:3: dashboard.titel: unknown key; did you mean "title"?',
      'warroom.yaml:5:9: dashboard.rows: a dashboard needs at least one row',
    ]);
  });
});
