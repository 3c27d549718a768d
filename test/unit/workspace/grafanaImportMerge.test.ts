import { describe, expect, it } from 'vitest';
import type { ImportedRow } from '../../../electron/host/workspace/grafana/importedDashboard';
import {
  mergeDashboardSection,
  withUniquePanelIds,
} from '../../../electron/host/workspace/grafanaImportMerge';
import { yamlLines } from './scratchWorkspace';

const panel = (id: string) => ({ id, title: id, unit: 'count' as const, queries: [{ expr: 'up' }] });
const rowOf = (...ids: string[]): ImportedRow => ({ title: 'Imported', panels: ids.map(panel) });
const ids = (rows: ImportedRow[]) => rows.flatMap((row) => row.panels.map((p) => p.id));

describe('imported panel ids made unique against warroom.yaml', () => {
  it('keeps ids the file does not have', () => {
    const { rows, changes } = withUniquePanelIds([rowOf('latency', 'cpu')], ['memory']);
    expect(ids(rows)).toEqual(['latency', 'cpu']);
    expect(changes).toEqual([]);
  });

  it('suffixes a clashing id with -2, or the next number free in the file and the import', () => {
    const { rows, changes } = withUniquePanelIds(
      [rowOf('latency', 'latency-2'), rowOf('cpu')],
      ['latency', 'latency-3', 'cpu'],
    );
    expect(ids(rows)).toEqual(['latency-4', 'latency-2', 'cpu-2']);
    expect(changes).toEqual([
      { from: 'latency', to: 'latency-4' },
      { from: 'cpu', to: 'cpu-2' },
    ]);
  });

  it('keeps a suffixed id within 80 characters, without a dangling dash', () => {
    const long = `${'a'.repeat(77)}-bc`;
    const { rows } = withUniquePanelIds([rowOf(long)], [long]);
    expect(ids(rows)).toEqual([`${'a'.repeat(77)}-2`]);
  });
});

const SECTION = yamlLines(
  '# Converted from the Grafana dashboard "G" by warroom import grafana.',
  '',
  'dashboard:',
  '  title: G',
  '  refresh: 10s',
  '  rows:',
  '    - title: Imported',
  '      panels:',
  '        - id: cpu',
  '          title: CPU',
  '          unit: ratio',
  '          queries:',
  '            - expr: sum(rate(process_cpu_seconds_total[1m]))',
  "              target: { comparator: '<', value: 0.85 }",
);

describe('the converted section merged into warroom.yaml', () => {
  it('appends its rows to the dashboard there, keeping comments, blank lines and long queries as written', () => {
    const longQuery = `sum(rate(http_requests_total{job="api", route!~"/health.*"}[1m])) / ${'1 + '.repeat(20)}1`;
    const file = yamlLines(
      '# Ops workspace',
      'environments:',
      '  sandbox: {} # the only one',
      '',
      '# What the wall screen shows',
      'dashboard:',
      '  title: Mine',
      '  rows:',
      '    - title: Traffic',
      '      panels:',
      '        - title: Request rate',
      '          queries:',
      `            - expr: ${longQuery}`,
      "              legend: '{{route}}'",
      'signoff:',
      '  - name: Go',
    );
    expect(mergeDashboardSection(file, SECTION, 'Imported from G.')).toBe(
      yamlLines(
        '# Ops workspace',
        'environments:',
        '  sandbox: {} # the only one',
        '',
        '# What the wall screen shows',
        'dashboard:',
        '  title: Mine',
        '  rows:',
        '    - title: Traffic',
        '      panels:',
        '        - title: Request rate',
        '          queries:',
        `            - expr: ${longQuery}`,
        "              legend: '{{route}}'",
        '    # Imported from G.',
        '    - title: Imported',
        '      panels:',
        '        - id: cpu',
        '          title: CPU',
        '          unit: ratio',
        '          queries:',
        '            - expr: sum(rate(process_cpu_seconds_total[1m]))',
        "              target: { comparator: '<', value: 0.85 }",
        'signoff:',
        '  - name: Go',
      ),
    );
  });

  it('adds the whole section at the end when the file has no dashboard', () => {
    const file = yamlLines('# Ops workspace', 'environments:', '  sandbox: {}');
    expect(mergeDashboardSection(file, SECTION, 'Imported from G.')).toBe(
      yamlLines(
        '# Ops workspace',
        'environments:',
        '  sandbox: {}',
        '',
        '# Imported from G.',
        'dashboard:',
        '  title: G',
        '  refresh: 10s',
        '  rows:',
        '    - title: Imported',
        '      panels:',
        '        - id: cpu',
        '          title: CPU',
        '          unit: ratio',
        '          queries:',
        '            - expr: sum(rate(process_cpu_seconds_total[1m]))',
        "              target: { comparator: '<', value: 0.85 }",
      ),
    );
  });
});
