import { type ChildProcess, spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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
