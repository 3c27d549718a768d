import { type ChildProcess, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { Journal } from '../../electron/host/journal/journal';
import { freeLoopbackPort } from '../../electron/host/sandbox/supervisor/freePort';
import { isProcessAlive } from '../../electron/host/terminals/sessionProcesses';
import { healthOf } from '../support/sandboxHealth';
import { runCli } from './support/serveProcess';

/** The shipped drill, run as a user would: `warroom run runbooks/drills/app-crash.md --env sandbox --yes`. */
const DRILL = 'runbooks/drills/app-crash.md';

function workspaceYaml(servicePort: number, prometheusPort: number, restartDelay: string): string {
  return `environments:
  sandbox:
    sandbox:
      servicePort: ${servicePort}
      prometheusPort: ${prometheusPort}
      restartDelay: ${restartDelay}
      redis: false
    prometheus:
      url: http://127.0.0.1:${prometheusPort}
    variables:
      METRICS_JOB: sandbox
`;
}

/** A sandbox started with `warroom sandbox start`, and the workspace that points at it. */
async function startSandbox(dir: string, env: NodeJS.ProcessEnv, restartDelaySeconds: number) {
  const servicePort = await freeLoopbackPort();
  const prometheusPort = await freeLoopbackPort();
  writeFileSync(
    join(dir, 'warroom.yaml'),
    workspaceYaml(servicePort, prometheusPort, `${restartDelaySeconds}s`),
  );
  const sandbox = spawn(
    process.execPath,
    [
      'bin/warroom.js',
      'sandbox',
      'start',
      '--port',
      String(servicePort),
      '--prometheus-port',
      String(prometheusPort),
      '--restart-delay',
      String(restartDelaySeconds),
      '--no-redis',
    ],
    { env: { ...process.env, ...env }, stdio: 'ignore' },
  );
  await expect.poll(() => healthOf(servicePort), { timeout: 30_000, interval: 200 }).toBe('UP');
  return { sandbox, servicePort };
}

describe('warroom run, with the shipped app-crash drill against a real sandbox', () => {
  const dir = mkdtempSync(join(tmpdir(), 'warroom-run-cli-'));
  const env = {
    WARROOM_JOURNAL: join(dir, 'journal.sqlite'),
    WARROOM_SANDBOX_STATE: join(dir, 'sandbox.json'),
  };
  mkdirSync(join(dir, 'drills'));
  copyFileSync(DRILL, join(dir, 'drills', 'app-crash.md'));
  const run = () =>
    runCli(['run', join(dir, 'drills', 'app-crash.md'), '--env', 'sandbox', '--yes', '--as', 'ana'], env);
  let sandbox: ChildProcess | undefined;

  afterEach(async () => {
    await runCli(['sandbox', 'stop'], env);
    if (sandbox?.pid && isProcessAlive(sandbox.pid)) sandbox.kill('SIGKILL');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('passes: the app crashes and /health is UP again within 30 s, all of it journaled', async () => {
    ({ sandbox } = await startSandbox(dir, env, 1));
    const started = performance.now();
    const result = await run();
    console.log(`app-crash drill passed in ${Math.round(performance.now() - started)} ms`);
    expect(result.output).toMatch(/✓ health-up — passed/);
    expect(result.output).toMatch(/\nPassed\.\n/);
    expect(result.code).toBe(0);
    const journal = Journal.open(env.WARROOM_JOURNAL, { readonly: true });
    try {
      const day = journal.currentDayId() as number;
      const events = journal.timeline(day, {}, 0, 500).events;
      const kinds = events.map((event) => event.kind);
      expect(kinds).toEqual(
        expect.arrayContaining(['runbook.started', 'fault.set', 'service.down', 'probe.result']),
      );
      expect(events.find((event) => event.kind === 'runbook.finished')?.payload).toMatchObject({
        status: 'passed',
      });
    } finally {
      await journal.close();
    }
  });

  it('fails when the service comes back later than 30 s, naming the probe that missed its deadline', async () => {
    ({ sandbox } = await startSandbox(dir, env, 45));
    const result = await run();
    expect(result.output).toMatch(/✗ health-up — failed/);
    expect(result.output).toMatch(/Run failed: probe health-up missed its 30s deadline/);
    expect(result.code).toBe(1);
  });
});

describe('warroom run, without a sandbox', () => {
  const dir = mkdtempSync(join(tmpdir(), 'warroom-run-cli-'));
  const env = { WARROOM_JOURNAL: join(dir, 'journal.sqlite') };
  writeFileSync(join(dir, 'warroom.yaml'), 'environments:\n  staging:\n    variables: { NAMESPACE: shop }\n');
  writeFileSync(
    join(dir, 'flush.md'),
    [
      '---',
      'title: Flush the cache',
      'kind: quickfix',
      '---',
      '```sh {"name":"look"}',
      'echo "looking at $NAMESPACE"',
      '```',
      '```sh {"name":"flush"}',
      'echo "redis-cli -n $NAMESPACE FLUSHALL" > flushed',
      '```',
      '',
    ].join('\n'),
  );
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('stops at a command that asks for confirmation unless --yes approves it, saying how', async () => {
    const refused = await runCli(['run', join(dir, 'flush.md')], env);
    expect(refused.output).toMatch(
      /! flush asks for confirmation \(matches the deny-list entry "FLUSHALL"\):\n {4}echo "redis-cli -n shop FLUSHALL" > flushed/,
    );
    expect(refused.output).toMatch(/not approved: run again with --yes to approve it/);
    expect(refused.code).toBe(1);
    expect(existsSync(join(dir, 'flushed'))).toBe(false);
    const approved = await runCli(['run', join(dir, 'flush.md'), '--yes'], env);
    expect(approved.output).toMatch(/approved by --yes/);
    expect(approved.code).toBe(0);
    expect(existsSync(join(dir, 'flushed'))).toBe(true);
  });

  it('runs one step with --step, and exits 2 naming what is wrong with the command line', async () => {
    const one = await runCli(['run', join(dir, 'flush.md'), '--step', 'look'], env);
    expect(one.output).toMatch(/looking at shop/);
    expect(one.output).toMatch(/✓ look — passed/);
    expect(one.output).not.toMatch(/✓ flush/);
    expect(one.code).toBe(0);
    expect(await runCli(['run', join(dir, 'flush.md'), '--step', 'nope'], env)).toMatchObject({
      code: 2,
      output: expect.stringMatching(/--step: flush has no step nope/),
    });
    expect(await runCli(['run', join(dir, 'flush.md'), '--env', 'prod'], env)).toMatchObject({
      code: 2,
      output: expect.stringMatching(/--env: no environment "prod"; defined: staging/),
    });
    expect(await runCli(['run', join(dir, 'flush.md'), '--var', 'lower=x'], env)).toMatchObject({
      code: 2,
      output: expect.stringMatching(/expected NAME=VALUE with an UPPERCASE name/),
    });
  });
});
