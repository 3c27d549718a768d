import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { WorkspaceStatus } from '../../../shared/workspace/workspaceStatusSchema';
import { type ServeFixture, startServeFixture } from '../../support/serveFixture';
import { WsTestClient } from '../../support/wsTestClient';

const CHECKOUT_API = readFileSync('test/fixtures/grafana/checkout-api.json', 'utf8');

/** Far above the watcher's 150 ms debounce on a busy machine. */
const RELOAD_WITHIN_MS = 10_000;

/** The ids checkout-api.json converts to, in order. */
const IMPORTED_IDS = [
  'requests-per-second',
  'request-rate',
  '5xx-error-ratio',
  'p95-latency',
  'memory',
  'cpu',
  'restarts-in-the-range',
];

const lines = (...text: string[]) => `${text.join('\n')}\n`;

const ENVIRONMENTS = ['environments:', '  sandbox: {} # the only one'];

const WITH_DASHBOARD = lines(
  '# Checkout team workspace',
  ...ENVIRONMENTS,
  '',
  '# What the wall screen shows',
  'dashboard:',
  '  title: Checkout',
  '  rows:',
  '    - title: Traffic',
  '      panels:',
  '        - title: Request rate',
  '          unit: req/s',
  "          queries: [{ expr: 'sum(rate(http_requests_total[1m]))' }]",
);

const panelIds = (status: WorkspaceStatus) => status.dashboard?.panels.map((panel) => panel.id) ?? [];

describe('workspace.importGrafana, through serve mode', () => {
  let fixture: ServeFixture;
  let workspace: string;
  let file: string;
  const clients: WsTestClient[] = [];

  async function start(yaml: string): Promise<WsTestClient> {
    workspace = mkdtempSync(join(tmpdir(), 'warroom-grafana-import-'));
    file = join(workspace, 'warroom.yaml');
    writeFileSync(file, yaml);
    fixture = await startServeFixture({ workspace });
    return connect(fixture.operatorSocketUrl);
  }

  async function connect(url: string): Promise<WsTestClient> {
    const client = await WsTestClient.session(url, `grafana-import-${clients.length}-client`);
    clients.push(client);
    return client;
  }

  /** The next workspace.changed whose dashboard has `id`. */
  function reloadWith(client: WsTestClient, id: string): Promise<WorkspaceStatus> {
    return client
      .nextFrame(
        (frame) =>
          frame.t === 'event' &&
          frame.name === 'workspace.changed' &&
          panelIds(frame.payload as WorkspaceStatus).includes(id),
        RELOAD_WITHIN_MS,
      )
      .then((frame) => frame.payload as WorkspaceStatus);
  }

  afterEach(async () => {
    for (const client of clients.splice(0)) await client.close();
    await fixture?.stop();
    rmSync(workspace, { recursive: true, force: true });
  });

  it('previews the section as the CLI prints it, with what was skipped, and writes nothing', async () => {
    const client = await start(WITH_DASHBOARD);
    const preview = await client.call('workspace.importGrafana', { json: CHECKOUT_API, mode: 'preview' });
    expect(preview).toMatchObject({ converted: 7, applied: false });
    expect(preview.yaml).toMatch(/^# Converted from the Grafana dashboard "Checkout API"/);
    expect(preview.yaml).toContain('\ndashboard:\n  title: Checkout API\n  refresh: 10s\n');
    expect(preview.yaml).toContain("target: { comparator: '<', value: 0.005 }");
    expect(preview.skipped).toEqual([
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
    expect(preview.warnings).toContain('"CPU": query A: $__rate_interval became 1m');
    expect(readFileSync(file, 'utf8')).toBe(WITH_DASHBOARD);
  });

  it('appends the rows to the dashboard there, keeps the comments, suffixes a clashing id, and the watcher reloads', async () => {
    const client = await start(WITH_DASHBOARD);
    const reloaded = reloadWith(client, 'p95-latency');
    const applied = await client.call('workspace.importGrafana', { json: CHECKOUT_API, mode: 'apply' });
    expect(applied.applied).toBe(true);
    expect(applied.warnings).toContain(
      '"request-rate" is already a panel id in warroom.yaml: the imported panel is "request-rate-2"',
    );
    expect(applied.yaml).toContain('id: request-rate-2');

    const text = readFileSync(file, 'utf8');
    expect(text.split('\n')).toEqual(
      expect.arrayContaining(['# Checkout team workspace', '# What the wall screen shows']),
    );
    expect(text).toContain('  sandbox: {} # the only one');
    expect(text).toContain(
      '    # Imported from the Grafana dashboard "Checkout API" in the console.\n    - title: Checkout API\n',
    );

    const status = await reloaded;
    expect(status.problems).toEqual([]);
    expect(status.dashboard?.title).toBe('Checkout');
    expect(panelIds(status)).toEqual([
      'request-rate',
      ...IMPORTED_IDS.map((id) => (id === 'request-rate' ? 'request-rate-2' : id)),
    ]);
    expect(status.dashboard?.rows.map((row) => row.title)).toEqual([
      'Traffic',
      'Checkout API',
      'Traffic',
      'Resources',
    ]);
  });

  it('adds a dashboard section to a file without one', async () => {
    const without = lines('# No panels yet', ...ENVIRONMENTS);
    const client = await start(without);
    const reloaded = reloadWith(client, 'request-rate');
    const applied = await client.call('workspace.importGrafana', { json: CHECKOUT_API, mode: 'apply' });
    expect(applied.warnings.join('\n')).not.toContain('already a panel id');
    const text = readFileSync(file, 'utf8');
    expect(
      text.startsWith(
        `${without}\n# Imported from the Grafana dashboard "Checkout API" in the console.\ndashboard:\n`,
      ),
    ).toBe(true);
    const status = await reloaded;
    expect(status.dashboard?.title).toBe('Checkout API');
    expect(panelIds(status)).toEqual(IMPORTED_IDS);
  });

  it('refuses while the file has problems, and when the result would not load, leaving the file as it was', async () => {
    const broken = WITH_DASHBOARD.replace('unit: req/s', 'unit: req/sec');
    const client = await start(broken);
    await expect(
      client.call('workspace.importGrafana', { json: CHECKOUT_API, mode: 'apply' }),
    ).rejects.toMatchObject({
      code: 'refused',
      message: expect.stringMatching(
        /^warroom\.yaml has problems; fix the file first:\n.*warroom\.yaml:12:17: dashboard\.rows\[0\]\.panels\[0\]\.unit: expected one of/,
      ),
    });
    expect(readFileSync(file, 'utf8')).toBe(broken);

    // 18 rows of the file's own and the import's 3 are more than a dashboard may hold.
    const fullRows = Array.from({ length: 18 }, (_, index) => [
      `    - title: Row ${index + 1}`,
      '      panels:',
      `        - { title: Panel ${index + 1}, queries: [{ expr: up }] }`,
    ]).flat();
    const full = lines(...ENVIRONMENTS, 'dashboard:', '  title: Full', '  rows:', ...fullRows);
    writeFileSync(file, full);
    await expect(
      client.call('workspace.importGrafana', { json: CHECKOUT_API, mode: 'apply' }),
    ).rejects.toMatchObject({
      code: 'refused',
      message: expect.stringMatching(
        /^with the import warroom\.yaml would not load, so it was left as it is:\n.*dashboard\.rows: at most 20 rows/,
      ),
    });
    expect(readFileSync(file, 'utf8')).toBe(full);
  });

  it('is for operators: a viewer may not even preview', async () => {
    await start(WITH_DASHBOARD);
    const viewer = await connect(fixture.viewerSocketUrl);
    await expect(
      viewer.call('workspace.importGrafana', { json: CHECKOUT_API, mode: 'preview' }),
    ).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(
      viewer.call('workspace.importGrafana', { json: CHECKOUT_API, mode: 'apply' }),
    ).rejects.toMatchObject({
      code: 'forbidden',
    });
    expect(readFileSync(file, 'utf8')).toBe(WITH_DASHBOARD);
  });

  it('refuses JSON that is not a Grafana dashboard, and text that is not JSON, saying why', async () => {
    const client = await start(WITH_DASHBOARD);
    await expect(
      client.call('workspace.importGrafana', { json: '{"title": "Not a dashboard"}', mode: 'apply' }),
    ).rejects.toMatchObject({
      code: 'bad_request',
      message:
        'not a Grafana dashboard: no panels: a Grafana dashboard lists them under "panels" (or "rows" before schema version 16)',
    });
    await expect(
      client.call('workspace.importGrafana', { json: '[1, 2]', mode: 'preview' }),
    ).rejects.toMatchObject({
      code: 'bad_request',
      message: 'not a Grafana dashboard: expected a Grafana dashboard, a JSON object; got a list',
    });
    await expect(
      client.call('workspace.importGrafana', { json: '{\n  "panels": [,]\n}', mode: 'preview' }),
    ).rejects.toMatchObject({
      code: 'bad_request',
      message: expect.stringMatching(/^not JSON: line 2, column 14: /),
    });
    expect(readFileSync(file, 'utf8')).toBe(WITH_DASHBOARD);
  });
});
