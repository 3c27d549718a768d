import { describe, expect, it } from 'vitest';
import { panelStatusLines } from '../../../renderer/dashboard/thresholdPlugin';
import type { PanelStatus } from '../../../shared/dashboardTypes';
import type { Panel } from '../../../shared/workspace/workspaceTypes';
import { k6Threshold } from './k6FakeStatus';

function k6Panel(source: 'json' | 'prometheus', unit: Panel['unit'] = 'ms'): Panel {
  return {
    id: 'latency',
    title: 'Latency',
    type: 'k6',
    unit,
    decimals: null,
    refreshMs: 2000,
    queries: [],
    k6: { metric: 'http_req_duration', source },
    row: 'k6',
  };
}

function status(overrides: Partial<PanelStatus>): PanelStatus {
  return {
    panelId: 'latency',
    state: 'ok',
    targets: [],
    error: null,
    warnings: [],
    updatedAt: 1,
    ...overrides,
  };
}

describe('a k6 panel’s lines, from its status', () => {
  it('draws each k6 threshold that has a line, labelled with its expression', () => {
    const lines = panelStatusLines(
      k6Panel('json'),
      status({
        k6Thresholds: [
          k6Threshold('http_req_duration', 'p(95)<300', { line: 300 }),
          k6Threshold('http_req_duration', 'p(99)<800', { line: 800, verdict: 'failed' }),
          k6Threshold('http_req_duration', 'count==0', { line: null }),
        ],
      }),
    );
    expect(lines).toEqual([
      { value: 300, label: 'p(95)<300' },
      { value: 800, label: 'p(99)<800' },
    ]);
  });

  it('names the metric key when the drawn thresholds are on more than one', () => {
    const lines = panelStatusLines(
      k6Panel('json'),
      status({
        k6Thresholds: [
          k6Threshold('http_req_duration', 'p(95)<300', { line: 300 }),
          k6Threshold('http_req_duration{expected_response:true}', 'p(95)<250', { line: 250 }),
        ],
      }),
    );
    expect(lines.map((line) => line.label)).toEqual([
      'http_req_duration: p(95)<300',
      'http_req_duration{expected_response:true}: p(95)<250',
    ]);
  });

  it('draws a Prometheus-fed k6 panel’s targets as the host judges them, in the panel’s unit', () => {
    const lines = panelStatusLines(
      k6Panel('prometheus'),
      status({
        targets: [{ queryIndex: 0, comparator: '<', value: 300, forMs: 0, state: 'ok', since: null }],
      }),
    );
    expect(lines).toEqual([{ value: 300, label: '< 300 ms' }]);
  });

  it('draws nothing before the first status, nor for a panel without thresholds', () => {
    expect(panelStatusLines(k6Panel('json'), null)).toEqual([]);
    expect(panelStatusLines(k6Panel('json'), status({ k6Thresholds: [] }))).toEqual([]);
  });
});
