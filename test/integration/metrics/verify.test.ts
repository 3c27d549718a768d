import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dashboardHandlers } from '../../../electron/host/metrics/dashboard/dashboardHandlers';
import { DashboardService } from '../../../electron/host/metrics/dashboard/dashboardService';
import type { SecretLookup } from '../../../electron/host/metrics/dashboard/datasourceCredentials';
import {
  UnknownEnvironmentError,
  verifyEnvironment,
} from '../../../electron/host/metrics/verify/verifyEnvironment';
import { freeLoopbackPort } from '../../../electron/host/sandbox/supervisor/freePort';
import type { SessionContext } from '../../../electron/host/sessionContext';
import { loadWorkspace } from '../../../electron/host/workspace/workspaceLoader';
import { WorkspaceService } from '../../../electron/host/workspace/workspaceService';
import { ApiError } from '../../../shared/apiErrors';
import type { VerifyReport } from '../../../shared/verifyTypes';
import { type ScratchJournal, scratchJournal } from '../../support/scratchJournal';
import { type SandboxPrometheus, startSandboxPrometheus, until } from './sandboxPrometheus';

/** Each request's bound: Prometheus and the sandbox answer on loopback within milliseconds. */
const REQUEST_TIMEOUT_MS = 2_000;

/** Rates need two scrapes (one a second) and the targets one before every check can pass. */
const READY_WITHIN_MS = 30_000;

const GOOD_PANELS = `
        - id: request-rate
          title: Request rate
          queries:
            - expr: sum(rate(http_requests_total{job="sandbox"}[10s]))
        - id: latency
          title: Latency
          queries:
            - expr: histogram_quantile(0.5, sum by (le) (rate(http_request_duration_seconds_bucket[10s])))
            - expr: histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket[10s])))
        - title: Alerts
          type: alerts`;

const BAD_PANELS = `${GOOD_PANELS}
        - id: broken
          title: Broken
          queries:
            - expr: sum(rate(http_requests_total[1m])
        - id: quiet
          title: Quiet
          queries:
            - expr: sum(rate(http_requests_total{job="sandbox"}[10s]))
            - expr: no_such_metric_total`;

function workspaceYaml(
  prometheusUrl: string,
  servicePort: number,
  closedPort: number,
  panels: string,
): string {
  const service = `http://127.0.0.1:${servicePort}`;
  return `
defaultEnvironment: rehearsal
environments:
  rehearsal:
    prometheus: { url: '${prometheusUrl}', timeout: 2s }
    health:
      - { name: sandbox, url: '${service}/health' }
      - { name: sandbox-ready, url: '${service}/health/ready' }
  secured:
    prometheus:
      url: '${prometheusUrl}'
      auth: { bearer: { secret: VERIFY_TEST_TOKEN } }
    secrets: [VERIFY_TEST_TOKEN]
  gone:
    prometheus: { url: '${prometheusUrl}' }
    health:
      - { name: gone, url: 'http://127.0.0.1:${closedPort}/health' }
dashboard:
  title: Test
  rows:
    - title: All
      panels:${panels}
`;
}

const noSecrets: SecretLookup = () => undefined;

describe('warroom verify against the sandbox and a real Prometheus', () => {
  let sandbox: SandboxPrometheus;
  let good: string;
  let bad: string;
  const dirs: string[] = [];

  function workspaceDir(yaml: string): string {
    const dir = mkdtempSync(join(tmpdir(), 'warroom-verify-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'warroom.yaml'), yaml);
    return dir;
  }

  function verify(dir: string, environment?: string, secret = noSecrets): Promise<VerifyReport> {
    const load = loadWorkspace(dir);
    if (!load.ok) throw new Error(`the test's workspace does not load: ${load.problems[0]?.message}`);
    return verifyEnvironment({ file: load.file, workspace: load.workspace, problems: [] }, environment, {
      secret,
      timeoutMs: REQUEST_TIMEOUT_MS,
    });
  }

  const row = (report: VerifyReport, check: string) => report.checks.find((one) => one.check === check);
  const statuses = (report: VerifyReport) => report.checks.map(({ check, status }) => `${check}: ${status}`);

  beforeAll(async () => {
    sandbox = await startSandboxPrometheus();
    const closed = await freeLoopbackPort();
    const yaml = (panels: string) =>
      workspaceYaml(sandbox.prometheus.url, sandbox.service.port, closed, panels);
    good = workspaceDir(yaml(GOOD_PANELS));
    bad = workspaceDir(yaml(BAD_PANELS));
    await until('every check passes', READY_WITHIN_MS, async () => (await verify(good)).ok);
  });
  afterAll(async () => {
    await sandbox?.stop();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('passes every check of a ready environment, in order', async () => {
    const report = await verify(good);
    expect(report).toMatchObject({ environment: 'rehearsal', ok: true });
    expect(statuses(report)).toEqual([
      'Workspace file loads: pass',
      'Prometheus ready: pass',
      'Panel request-rate queries: pass',
      'Panel latency queries: pass',
      'Alert rules loaded: pass',
      'Scrape targets up: pass',
      'Health sandbox: pass',
      'Health sandbox-ready: pass',
    ]);
    expect(row(report, 'Workspace file loads')?.detail).toBe(join(good, 'warroom.yaml'));
    expect(row(report, 'Prometheus ready')?.detail).toBe(sandbox.prometheus.url);
    expect(row(report, 'Panel latency queries')?.detail).toBe('2 queries return data');
    expect(row(report, 'Alert rules loaded')?.detail).toMatch(/^\d+ alerting rules in 1 group$/);
    expect(row(report, 'Scrape targets up')?.detail).toBe('1 target up');
  });

  it('fails a panel whose query does not parse with Prometheus’s words, and one that returns no series', async () => {
    const report = await verify(bad);
    expect(report.ok).toBe(false);
    expect(row(report, 'Panel broken queries')).toEqual({
      check: 'Panel broken queries',
      status: 'fail',
      detail: expect.stringMatching(
        /^query sum\(rate\(http_requests_total\[1m\]\): bad_data: .*unclosed left parenthesis/,
      ),
    });
    expect(row(report, 'Panel quiet queries')).toEqual({
      check: 'Panel quiet queries',
      status: 'fail',
      detail: 'query no_such_metric_total: returned no series',
    });
    expect(row(report, 'Panel request-rate queries')?.status).toBe('pass');
  });

  it('checks that each k6 panel fed from the JSON output has a file k6 can write, and says what to set', async () => {
    const output = (file: string) =>
      `\n    prometheus: { url: '${sandbox.prometheus.url}', timeout: 2s }\n    k6: { jsonOutput: ${file} }`;
    const dir = workspaceDir(`
defaultEnvironment: written
environments:
  written:${output('k6-written.json')}
  later:${output('k6-later.json')}
  no-folder:${output('no-such-folder/k6.json')}
  folder:${output('k6-folder')}
  unnamed:
    prometheus: { url: '${sandbox.prometheus.url}', timeout: 2s }
    k6: { address: '127.0.0.1:6565' }
dashboard:
  title: Test
  rows:
    - title: k6
      panels:
        - { id: k6-vus, title: VUs, type: k6, metric: vus }
        - { id: k6-failed, title: Failed, type: k6, metric: http_req_failed, source: json }
`);
    writeFileSync(join(dir, 'k6-written.json'), '');
    mkdirSync(join(dir, 'k6-folder'));
    const outputRows = async (environment: string) =>
      (await verify(dir, environment)).checks.filter(({ check }) => check.endsWith('k6 output'));
    const both = (status: 'pass' | 'fail', detail: string) =>
      ['k6-vus', 'k6-failed'].map((id) => ({ check: `Panel ${id} k6 output`, status, detail }));

    const written = await verify(dir, 'written');
    expect(written.ok).toBe(true);
    expect(statuses(written)).toEqual([
      'Workspace file loads: pass',
      'Prometheus ready: pass',
      'Panel queries: skip',
      'Panel k6-vus k6 output: pass',
      'Panel k6-failed k6 output: pass',
      'Alert rules loaded: pass',
      'Scrape targets up: pass',
      'Health endpoints: skip',
    ]);
    expect(await outputRows('written')).toEqual(both('pass', `${join(dir, 'k6-written.json')} exists`));
    expect(await outputRows('later')).toEqual(
      both('pass', `${join(dir, 'k6-later.json')}: k6 has not written it yet; it does when the test starts`),
    );
    expect(await outputRows('no-folder')).toEqual(
      both(
        'fail',
        `${join(dir, 'no-such-folder', 'k6.json')}: its folder ${join(dir, 'no-such-folder')} does not exist, so k6 cannot write it`,
      ),
    );
    expect(await outputRows('folder')).toEqual(
      both('fail', `${join(dir, 'k6-folder')} is not a file k6 can write to`),
    );
    const unnamed = await verify(dir, 'unnamed');
    expect(unnamed.ok).toBe(false);
    expect(await outputRows('unnamed')).toEqual(
      ['k6-vus', 'k6-failed'].map((id) => ({
        check: `Panel ${id} k6 output`,
        status: 'fail',
        detail:
          `panel ${id} draws k6's JSON output, but environment unnamed names none; ` +
          'set environments.unnamed.k6.jsonOutput to the file of k6 run --out json=<file>',
      })),
    );
  });

  it('fails a health endpoint that is DOWN, DEGRADED or UNREACHABLE, saying why', async () => {
    const admin = `http://127.0.0.1:${sandbox.service.port}/admin/dependency`;
    const dependency = (up: boolean) =>
      fetch(admin, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ up }),
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
    expect((await dependency(false)).status).toBe(200);
    try {
      const report = await verify(good);
      expect(report.ok).toBe(false);
      expect(row(report, 'Health sandbox-ready')).toMatchObject({
        status: 'fail',
        detail: `http://127.0.0.1:${sandbox.service.port}/health/ready: DOWN, answered 503`,
      });
      expect(row(report, 'Health sandbox')).toMatchObject({
        status: 'fail',
        detail: expect.stringMatching(/: DEGRADED, answered \d+, cache DOWN$/),
      });
    } finally {
      await dependency(true);
    }
    const gone = await verify(good, 'gone');
    expect(row(gone, 'Health gone')).toMatchObject({
      status: 'fail',
      detail: expect.stringMatching(/: UNREACHABLE, connection refused$/),
    });
  });

  it('takes Prometheus credentials from the secrets, and fails without them', async () => {
    const without = await verify(good, 'secured');
    expect(row(without, 'Prometheus ready')).toMatchObject({
      status: 'fail',
      detail: expect.stringContaining('set the environment variable VERIFY_TEST_TOKEN'),
    });
    expect(row(without, 'Health endpoints')?.status).toBe('skip');
    const withToken = await verify(good, 'secured', (name) =>
      name === 'VERIFY_TEST_TOKEN' ? 'token' : undefined,
    );
    expect(withToken.ok).toBe(true);
  });

  it('reports a broken workspace file with every problem and checks nothing else', async () => {
    const dir = workspaceDir('environments:\n  rehearsal:\n    prometeus: { url: http://127.0.0.1:1 }\n');
    const load = loadWorkspace(dir);
    expect(load.ok).toBe(false);
    const report = await verifyEnvironment(
      { file: load.file, workspace: null, problems: load.ok ? [] : load.problems },
      undefined,
      { secret: noSecrets },
    );
    expect(report).toEqual({
      environment: null,
      ok: false,
      checks: [
        {
          check: 'Workspace file loads',
          status: 'fail',
          detail: `${join(dir, 'warroom.yaml')}:3:5: environments.rehearsal.prometeus: unknown key; did you mean "prometheus"?`,
        },
      ],
    });
  });

  it('refuses an unknown environment, naming the known ones', async () => {
    await expect(verify(good, 'staging')).rejects.toThrow(UnknownEnvironmentError);
    await expect(verify(good, 'staging')).rejects.toThrow(
      /no environment "staging"; it has rehearsal, secured, gone/,
    );
  });

  it('answers dashboard.verify in the host, on the workspace it has open', async () => {
    const scratch: ScratchJournal = scratchJournal();
    const workspace = new WorkspaceService(good);
    const dashboard = new DashboardService({
      workspace,
      journal: scratch.journal,
      timedPoll: () => {},
      onStatus: () => {},
      onData: () => {},
      secret: noSecrets,
    });
    const viewer: SessionContext = {
      connectionId: 1,
      role: 'viewer',
      sink: { send: () => {} },
      clientId: 'viewer:verify-test',
      operator: null,
    };
    try {
      const verifyMethod = dashboardHandlers(dashboard)['dashboard.verify'];
      const report = await verifyMethod(viewer, {});
      expect(report.environment).toBe('rehearsal');
      expect(statuses(report)).toContain('Prometheus ready: pass');
      expect((await verifyMethod(viewer, { environment: 'secured' })).ok).toBe(false);
      await expect(verifyMethod(viewer, { environment: 'staging' })).rejects.toMatchObject({
        constructor: ApiError,
        code: 'refused',
      });
    } finally {
      dashboard.dispose();
      workspace.dispose();
      await scratch.dispose();
    }
  });

  it('skips queries, rules and targets when Prometheus is stopped, and fails', async () => {
    await sandbox.prometheus.stop();
    const report = await verify(good);
    expect(report.ok).toBe(false);
    expect(statuses(report)).toEqual([
      'Workspace file loads: pass',
      'Prometheus ready: fail',
      'Panel request-rate queries: skip',
      'Panel latency queries: skip',
      'Alert rules loaded: skip',
      'Scrape targets up: skip',
      'Health sandbox: pass',
      'Health sandbox-ready: pass',
    ]);
    expect(row(report, 'Prometheus ready')?.detail).toBe(
      `Prometheus at ${sandbox.prometheus.url} is unreachable: connection refused`,
    );
    expect(row(report, 'Alert rules loaded')?.detail).toBe('not checked: Prometheus is not ready');
  });
});
