import { describe, expect, it } from 'vitest';
import { loadWorkspace } from '../../../electron/host/workspace/workspaceLoader';
import { problemsIn, scratchWorkspace, yamlLines } from './scratchWorkspace';

/** Lines 1-4 of every file below; a test's k6 keys start on line 5. */
const HEAD = ['environments:', '  load:', '    k6:', '      jsonOutput: k6.json'];

describe("an environment's k6 thresholds", () => {
  it('reads both forms, submetric keys included, as k6 takes them', () => {
    const load = loadWorkspace(
      scratchWorkspace(
        yamlLines(
          ...HEAD,
          '      thresholds:',
          "        http_req_duration: ['p(95)<300', 'avg <= 200']",
          "        'http_req_duration{expected_response:true}':",
          "          - { threshold: 'p(99)<1500', abortOnFail: true, delayAbortEval: 10s }",
          '        my_custom_counter: [count>100]',
          '      remoteWrite: { trendStats: [p(95), p(99)], nativeHistograms: true }',
        ),
      ),
    );
    if (!load.ok) throw new Error(JSON.stringify(load.problems));
    expect(load.workspace.environments.load?.k6).toMatchObject({
      thresholds: {
        http_req_duration: ['p(95)<300', 'avg <= 200'],
        'http_req_duration{expected_response:true}': [
          { threshold: 'p(99)<1500', abortOnFail: true, delayAbortEval: '10s' },
        ],
        my_custom_counter: ['count>100'],
      },
      remoteWrite: { trendStats: ['p(95)', 'p(99)'], nativeHistograms: true },
    });
  });

  it("names each bad threshold at its line and column, in k6's words", () => {
    expect(
      problemsIn(
        yamlLines(
          ...HEAD,
          '      thresholds:',
          "        http_req_duration: ['p(95)<300', 'p95<300', 'rate<0.01']",
          "        'http_req_duration{status:200':",
          '          - avg<100',
          '        checks:',
          "          - { threshold: 'rate>0.9', delayAbortEval: soon }",
        ),
      ),
    ).toEqual([
      'warroom.yaml:6:42: environments.load.k6.thresholds.http_req_duration[1]: column 1: expected an aggregation (value, count, rate, avg, min, med, max or p(N)), got "p95"',
      'warroom.yaml:6:53: environments.load.k6.thresholds.http_req_duration[2]: column 1: a trend metric has no "rate"; expected one of avg, min, max, med, p(N)',
      'warroom.yaml:8:11: environments.load.k6.thresholds.http_req_duration{status:200: metric key: column 18: expected a "}" closing this "{"',
      'warroom.yaml:10:54: environments.load.k6.thresholds.checks[0].delayAbortEval: invalid duration "soon"',
    ]);
  });

  it('refuses a remote-write trend stat k6 does not know', () => {
    expect(problemsIn(yamlLines(...HEAD, '      remoteWrite: { trendStats: [p95] }'))).toEqual([
      'warroom.yaml:5:35: environments.load.k6.remoteWrite.trendStats[0]: a trend stat is avg, min, max, med, count, sum or p(N)',
    ]);
  });
});

describe('a k6 panel', () => {
  const dashboard = (...panel: string[]) =>
    yamlLines(
      ...HEAD,
      'dashboard:',
      '  title: Load',
      '  rows:',
      '    - title: k6',
      '      panels:',
      ...panel,
    );

  it("takes its metric, reads from the JSON output by default, and has its metric's unit", () => {
    const load = loadWorkspace(
      scratchWorkspace(dashboard('        - { title: Latency, type: k6, metric: http_req_duration }')),
    );
    if (!load.ok) throw new Error(JSON.stringify(load.problems));
    expect(load.workspace.dashboard?.panels[0]).toMatchObject({
      id: 'latency',
      type: 'k6',
      unit: 'ms',
      queries: [],
      k6: { metric: 'http_req_duration', source: 'json' },
    });
  });

  it('needs a metric, takes no queries, and only a k6 panel takes metric or source', () => {
    expect(
      problemsIn(
        dashboard(
          '        - { title: A, type: k6 }',
          '        - { title: B, type: k6, metric: latency }',
          "        - { title: C, type: k6, metric: vus, queries: [{ expr: 'up' }] }",
          "        - { title: D, metric: vus, source: json, queries: [{ expr: 'up' }] }",
        ),
      ),
    ).toEqual([
      'warroom.yaml:10:11: dashboard.rows[0].panels[0].metric: a k6 panel needs a metric: one of vus, iterations, http_reqs, http_req_duration, http_req_failed, checks, data',
      'warroom.yaml:11:41: dashboard.rows[0].panels[1].metric: expected one of vus, iterations, http_reqs, http_req_duration, http_req_failed, checks, data',
      "warroom.yaml:12:55: dashboard.rows[0].panels[2].queries: a k6 panel draws k6's own metric named by `metric`, so it takes no queries",
      'warroom.yaml:13:31: dashboard.rows[0].panels[3].metric: only a k6 panel (type: k6) takes metric',
      'warroom.yaml:13:44: dashboard.rows[0].panels[3].source: only a k6 panel (type: k6) takes source',
    ]);
  });
});
