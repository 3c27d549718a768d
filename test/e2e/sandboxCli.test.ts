import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { type AddressInfo, createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { redisAnswers } from '../../electron/host/sandbox/service/redisPing';
import { isProcessAlive } from '../../electron/host/terminals/sessionProcesses';
import { healthOf } from '../support/sandboxHealth';
import { runCli } from './support/serveProcess';

describe('warroom sandbox', () => {
  const dir = mkdtempSync(join(tmpdir(), 'warroom-sandbox-cli-'));
  const env = {
    WARROOM_JOURNAL: join(dir, 'journal.sqlite'),
    WARROOM_SANDBOX_STATE: join(dir, 'sandbox.json'),
  };
  const cli = (...args: string[]) => runCli(args, env);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('runs the target, takes faults, comes back after a crash, stops cleanly, and journals it all', async () => {
    const sandbox = spawn(
      process.execPath,
      ['bin/warroom.js', 'sandbox', 'start', '--port', '0', '--prometheus-port', '0', '--restart-delay', '1'],
      {
        env: { ...process.env, ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    sandbox.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    const port = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the sandbox did not start:\n${output}`)), 20_000);
      sandbox.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /Sandbox service on http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(Number(match[1]));
        }
      });
    });
    try {
      expect(await cli('sandbox', 'start', '--port', '0')).toMatchObject({
        code: 1,
        output: expect.stringMatching(/already running/),
      });
      const status = (await cli('sandbox', 'status')).output;
      expect(status).toMatch(/"status":"UP"/);
      expect(status).toMatch(/prometheus: http:\/\/127\.0\.0\.1:\d+/);

      expect(await cli('sandbox', 'fault', 'latency', '300ms', '/api/feed', '--as', 'ana')).toMatchObject({
        code: 0,
      });
      const started = performance.now();
      await fetch(`http://127.0.0.1:${port}/api/feed`);
      expect(performance.now() - started).toBeGreaterThanOrEqual(300);
      expect(await cli('sandbox', 'fault', 'errors', '150%')).toMatchObject({
        code: 1,
        output: expect.stringMatching(/errors: expected a share/),
      });

      expect(await cli('sandbox', 'fault', 'crash')).toMatchObject({ code: 0 });
      await expect.poll(() => healthOf(port), { timeout: 5_000 }).toBe('unreachable');
      await expect.poll(() => healthOf(port), { timeout: 15_000, interval: 200 }).toBe('UP');
      expect(await cli('sandbox', 'fault', 'clear')).toMatchObject({ code: 0 });

      expect(await cli('sandbox', 'stop')).toMatchObject({
        code: 0,
        output: expect.stringMatching(/Sandbox stopped/),
      });
      await expect.poll(() => sandbox.exitCode, { timeout: 10_000 }).toBe(0);
      expect(await healthOf(port)).toBe('unreachable');
      expect((await cli('sandbox', 'status')).output).toMatch(/No sandbox is running/);
    } finally {
      if (sandbox.pid && isProcessAlive(sandbox.pid)) sandbox.kill('SIGKILL');
    }

    const exported = JSON.parse((await cli('journal', 'export', '--json')).output) as {
      events: Array<{ kind: string; actor: string; subject: string }>;
    };
    const sandboxEvents = exported.events.filter((event) => /^(fault|sandbox|service)\./.test(event.kind));
    expect(sandboxEvents.map((event) => event.kind)).toEqual([
      'sandbox.started',
      'fault.set',
      'fault.set',
      'service.down',
      'service.up',
      'fault.cleared',
      'sandbox.stopped',
    ]);
    expect(sandboxEvents[1]).toMatchObject({
      actor: 'ana',
      subject: 'Sandbox fault: latency +300 ms on /api/feed',
    });
    expect(sandboxEvents[3]?.actor).toBe('warroom');
  });

  it('leaves nothing running when the sandbox process is killed outright', async () => {
    const sandbox = spawn(
      process.execPath,
      ['bin/warroom.js', 'sandbox', 'start', '--port', '0', '--prometheus-port', '0'],
      {
        env: { ...process.env, ...env },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let output = '';
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the sandbox did not start:\n${output}`)), 20_000);
      sandbox.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('stops it.')) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
    const state = JSON.parse(readFileSync(env.WARROOM_SANDBOX_STATE, 'utf8')) as {
      servicePort: number;
      redisPort: number | null;
      prometheusUrl: string | null;
    };
    expect(state.prometheusUrl).not.toBeNull();
    sandbox.kill('SIGKILL');
    const answers = async (url: string) => {
      try {
        await fetch(url, { signal: AbortSignal.timeout(500) });
        return true;
      } catch {
        return false;
      }
    };
    await expect
      .poll(() => answers(`http://127.0.0.1:${state.servicePort}/health`), { timeout: 10_000 })
      .toBe(false);
    await expect.poll(() => answers(`${state.prometheusUrl}/-/ready`), { timeout: 15_000 }).toBe(false);
    if (state.redisPort !== null) {
      await expect.poll(() => redisAnswers(state.redisPort ?? 0, 500), { timeout: 10_000 }).toBe(false);
    }
    expect((await cli('sandbox', 'status')).output).toMatch(/No sandbox is running/);
  });

  it('names a port that is taken', async () => {
    const blocker = await new Promise<Server>((resolve) => {
      const server = createServer();
      server.listen(0, '127.0.0.1', () => resolve(server));
    });
    const taken = (blocker.address() as AddressInfo).port;
    try {
      const result = await cli('sandbox', 'start', '--port', String(taken));
      expect(result.code).toBe(1);
      expect(result.output).toContain(`port ${taken} (the sandbox service) is in use`);
    } finally {
      blocker.close();
    }
  });
});
