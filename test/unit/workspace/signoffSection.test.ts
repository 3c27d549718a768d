import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadWorkspace } from '../../../electron/host/workspace/workspaceLoader';
import { problemsIn, scratchWorkspace, yamlLines } from './scratchWorkspace';

const SHIPPED_WORKSPACE = fileURLToPath(new URL('../../../runbooks', import.meta.url));

/** Lines 1-10: a dashboard with the panels error-rate and latency; signoff starts on line 11. */
const DASHBOARD = [
  'environments:',
  '  sandbox: {}',
  'dashboard:',
  '  title: Stress Certification',
  '  rows:',
  '    - title: Traffic',
  '      panels:',
  '        - { id: error-rate, title: 5xx error rate, queries: [{ expr: up }] }',
  '        - { title: Latency, queries: [{ expr: up }] }',
  '        - { title: Alerts, type: alerts }',
];

describe('the signoff section', () => {
  it('reads criteria with and without a panel', () => {
    const load = loadWorkspace(
      scratchWorkspace(
        yamlLines(
          ...DASHBOARD,
          'signoff:',
          '  - name: 5xx error rate under 0.5 %',
          '    description: Never above it for 5 minutes.',
          '    panel: error-rate',
          '  - name: No critical alert fired',
          '  - { name: P95 under 300 ms, panel: latency }',
        ),
      ),
    );
    if (!load.ok) throw new Error(JSON.stringify(load.problems));
    expect(load.workspace.signoff).toEqual([
      {
        name: '5xx error rate under 0.5 %',
        description: 'Never above it for 5 minutes.',
        panel: 'error-rate',
      },
      { name: 'No critical alert fired', description: null, panel: null },
      { name: 'P95 under 300 ms', description: null, panel: 'latency' },
    ]);
  });

  it('rejects a panel the dashboard does not have, at the value, suggesting the nearest id', () => {
    expect(
      problemsIn(
        yamlLines(
          ...DASHBOARD,
          'signoff:',
          '  - name: Errors',
          '    panel: error-rat',
          '  - name: Throughput',
          '    panel: throughput',
        ),
      ),
    ).toEqual([
      'warroom.yaml:13:12: signoff[0].panel: no dashboard panel has the id "error-rat"; did you mean "error-rate"?',
      'warroom.yaml:15:12: signoff[1].panel: no dashboard panel has the id "throughput"',
    ]);
  });

  it('says so when a criterion names a panel and there is no dashboard', () => {
    expect(
      problemsIn(
        yamlLines('environments:', '  sandbox: {}', 'signoff:', '  - { name: Errors, panel: errors }'),
      ),
    ).toEqual([
      'warroom.yaml:4:28: signoff[0].panel: no dashboard panel has the id "errors"; this workspace has no dashboard panels',
    ]);
  });

  it('requires a one-line name and takes only name, description and panel', () => {
    expect(
      problemsIn(
        yamlLines(
          'environments:',
          '  sandbox: {}',
          'signoff:',
          '  - description: x',
          '  - name: ok',
          '    pannel: x',
        ),
      ),
    ).toEqual([
      'warroom.yaml:4:5: signoff[0].name: required, but missing',
      'warroom.yaml:6:5: signoff[1].pannel: unknown key; did you mean "panel"?',
    ]);
  });
});

describe('the shipped dashboard and sign-off', () => {
  it('has the Stress Certification panels, and criteria naming two of them', () => {
    const load = loadWorkspace(SHIPPED_WORKSPACE);
    if (!load.ok) throw new Error(JSON.stringify(load.problems));
    const { dashboard, signoff } = load.workspace;
    expect(dashboard?.title).toBe('Stress Certification');
    expect(dashboard?.panels.map((panel) => [panel.id, panel.type, panel.unit])).toEqual([
      ['request-rate', 'timeseries', 'req/s'],
      ['error-rate', 'timeseries', 'ratio'],
      ['latency', 'timeseries', 's'],
      ['websockets', 'timeseries', 'count'],
      ['cpu', 'timeseries', 'ratio'],
      ['memory', 'timeseries', 'bytes'],
      ['alerts', 'alerts', 'count'],
      ['health', 'health', 'count'],
    ]);
    const latency = dashboard?.panels.find((panel) => panel.id === 'latency');
    expect(latency?.queries.map((query) => [query.legend, query.target])).toEqual([
      ['P50', null],
      ['P95', { comparator: '<', value: 0.3, forMs: 600_000 }],
      ['P99', null],
    ]);
    expect(signoff.map((criterion) => [criterion.name, criterion.panel])).toEqual([
      ['5xx error rate under 0.5 %', 'error-rate'],
      ['P95 latency under 300 ms at peak', 'latency'],
    ]);
  });
});
