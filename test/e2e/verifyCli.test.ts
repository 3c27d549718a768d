import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type SandboxPrometheus,
  startSandboxPrometheus,
  until,
} from '../integration/metrics/sandboxPrometheus';
import { runCli } from './support/serveProcess';

/** Rates need two scrapes (one a second) and the target one before every check can pass. */
const READY_WITHIN_MS = 30_000;

/** Every failure the table shows is written as "<check>  fail  <detail>". */
const failRow = (check: string, detail: RegExp) => new RegExp(`^${check}\\s+fail\\s+${detail.source}`, 'm');

function workspaceYaml(prometheusUrl: string, servicePort: number, extraPanel = ''): string {
  return `
environments:
  rehearsal:
    prometheus: { url: '${prometheusUrl}', timeout: 2s }
    health:
      - { name: sandbox-ready, url: 'http://127.0.0.1:${servicePort}/health/ready' }
dashboard:
  title: Test
  rows:
    - title: All
      panels:
        - id: request-rate
          title: Request rate
          queries:
            - expr: sum(rate(http_requests_total{job="sandbox"}[10s]))${extraPanel}
`;
}

const BROKEN_PANEL = `
        - id: broken
          title: Broken
          queries:
            - expr: sum(rate(http_requests_total[1m])`;

describe('warroom verify', () => {
  let sandbox: SandboxPrometheus;
  let good: string;
  let bad: string;
  const dirs: string[] = [];
  const verify = (...args: string[]) => runCli(['verify', ...args]);

  function workspaceDir(yaml: string): string {
    const dir = mkdtempSync(join(tmpdir(), 'warroom-verify-cli-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'warroom.yaml'), yaml);
    return dir;
  }

  beforeAll(async () => {
    sandbox = await startSandboxPrometheus();
    good = workspaceDir(workspaceYaml(sandbox.prometheus.url, sandbox.service.port));
    bad = workspaceDir(workspaceYaml(sandbox.prometheus.url, sandbox.service.port, BROKEN_PANEL));
    await until(
      'verify exits 0',
      READY_WITHIN_MS,
      async () => (await verify('--workspace', good)).code === 0,
    );
  });
  afterAll(async () => {
    await sandbox?.stop();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('exits 0 and prints the table, aligned and without colours, when every check passes', async () => {
    const { code, output } = await verify('--workspace', good);
    expect(code).toBe(0);
    const port = sandbox.service.port;
    expect(output.split('\n')).toEqual([
      'CHECK                       RESULT  DETAIL',
      `Workspace file loads        pass    ${join(good, 'warroom.yaml')}`,
      `Prometheus ready            pass    ${sandbox.prometheus.url}`,
      'Panel request-rate queries  pass    1 query returns data',
      expect.stringMatching(/^Alert rules loaded {10}pass {4}\d+ alerting rules in 1 group$/),
      'Scrape targets up           pass    1 target up',
      `Health sandbox-ready        pass    http://127.0.0.1:${port}/health/ready: UP`,
      '',
      'Environment rehearsal is ready: 6 passed.',
      '',
    ]);
  });

  it('exits 1 naming a panel whose query Prometheus cannot parse', async () => {
    const { code, output } = await verify('--workspace', bad, '--env', 'rehearsal');
    expect(code).toBe(1);
    expect(output).toMatch(
      failRow(
        'Panel broken queries',
        /query sum\(rate\(http_requests_total\[1m\]\): bad_data: .*unclosed left parenthesis/,
      ),
    );
    expect(output).toMatch(/is not ready: 1 failed \(Panel broken queries\)\.$/m);
  });

  it('exits 1 naming a health endpoint that is DOWN', async () => {
    const dependency = (up: boolean) =>
      fetch(`http://127.0.0.1:${sandbox.service.port}/admin/dependency`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ up }),
        signal: AbortSignal.timeout(5_000),
      });
    expect((await dependency(false)).status).toBe(200);
    try {
      const { code, output } = await verify('--workspace', good);
      expect(code).toBe(1);
      expect(output).toMatch(failRow('Health sandbox-ready', /\S+\/health\/ready: DOWN, answered 503$/));
      expect(output).toMatch(/is not ready: 1 failed \(Health sandbox-ready\)\.$/m);
    } finally {
      await dependency(true);
    }
  });

  it('exits 2 with the usage for an unknown environment or option', async () => {
    const unknownEnv = await verify('--workspace', good, '--env', 'staging');
    expect(unknownEnv.code).toBe(2);
    expect(unknownEnv.output).toContain(
      '--env: the workspace has no environment "staging"; it has rehearsal',
    );
    expect(unknownEnv.output).toContain('warroom verify [--workspace DIR] [--env E]');
    expect(await verify('--workspace', good, '--colour')).toMatchObject({
      code: 2,
      output: expect.stringContaining("Unknown option '--colour'"),
    });
  });

  it('exits 1 with the file’s problems when the workspace does not load', async () => {
    const dir = workspaceDir('environments:\n  rehearsal:\n    prometeus: { url: http://127.0.0.1:1 }\n');
    const { code, output } = await verify('--workspace', dir);
    expect(code).toBe(1);
    expect(output).toContain(
      `${join(dir, 'warroom.yaml')}:3:5: environments.rehearsal.prometeus: unknown key; did you mean "prometheus"?`,
    );
    expect(output).toMatch(/The workspace is not ready: 1 failed \(Workspace file loads\)\.$/m);
  });

  it('exits 1 when Prometheus is down, skipping queries, rules and targets', async () => {
    await sandbox.prometheus.stop();
    const { code, output } = await verify('--workspace', good);
    expect(code).toBe(1);
    expect(output).toMatch(
      failRow('Prometheus ready', /Prometheus at \S+ is unreachable: connection refused$/),
    );
    expect(output).toMatch(/^Scrape targets up\s+skip\s+not checked: Prometheus is not ready$/m);
    expect(output).toMatch(/is not ready: 1 failed \(Prometheus ready\); 3 skipped\.$/m);
  });
});
