import { spawn } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { redisAnswers } from '../../../electron/host/sandbox/service/redisPing';
import { findExecutable } from '../../../electron/host/sandbox/supervisor/findExecutable';
import { freeLoopbackPort } from '../../../electron/host/sandbox/supervisor/freePort';
import {
  ServiceSupervisor,
  type SupervisorEvent,
} from '../../../electron/host/sandbox/supervisor/serviceSupervisor';
import { isProcessAlive } from '../../../electron/host/terminals/sessionProcesses';
import { healthOf } from '../../support/sandboxHealth';
import { SOURCE_SERVICE_ENTRY } from '../../support/sandboxServiceEntry';

describe('the sandbox supervisor', () => {
  let supervisor: ServiceSupervisor | undefined;
  afterEach(() => supervisor?.stop());

  it('restarts the service after the crash fault, on the same port, after the delay', async () => {
    const events: SupervisorEvent[] = [];
    supervisor = new ServiceSupervisor({
      entry: SOURCE_SERVICE_ENTRY,
      port: 0,
      restartDelayMs: 1_500,
      onEvent: (e) => events.push(e),
    });
    const port = await supervisor.start();
    const firstPid = supervisor.pid;
    expect(await healthOf(port)).toBe('UP');

    await fetch(`http://127.0.0.1:${port}/admin/crash`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    await expect.poll(() => healthOf(port), { timeout: 5_000 }).toBe('unreachable');
    await expect.poll(() => events.map((event) => event.type)).toEqual(['started', 'crashed']);
    await expect.poll(() => healthOf(port), { timeout: 15_000, interval: 200 }).toBe('UP');
    await expect.poll(() => events.map((event) => event.type)).toEqual(['started', 'crashed', 'started']);
    expect(events[1]).toMatchObject({ exitCode: 70, restartInMs: 1_500 });
    expect(supervisor.pid).not.toBe(firstPid);
  });

  it('leaves no process behind when stopped', async () => {
    supervisor = new ServiceSupervisor({ entry: SOURCE_SERVICE_ENTRY, port: 0 });
    const port = await supervisor.start();
    const pid = supervisor.pid ?? 0;
    await supervisor.stop();
    expect(isProcessAlive(pid)).toBe(false);
    expect(await healthOf(port)).toBe('unreachable');
  });

  it('keeps serving, degraded, while a drill has its Redis stopped, and recovers when it starts', async () => {
    const binary = findExecutable('redis-server');
    if (!binary) throw new Error('these tests need redis-server (apt-get install redis-server)');
    const redisPort = await freeLoopbackPort();
    supervisor = new ServiceSupervisor({
      entry: SOURCE_SERVICE_ENTRY,
      port: 0,
      redis: { binary, port: redisPort },
    });
    const port = await supervisor.start();
    const health = async () => (await fetch(`http://127.0.0.1:${port}/health`)).json();
    const setRedis = (up: boolean) =>
      fetch(`http://127.0.0.1:${port}/admin/dependency`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ up }),
      });
    expect(await health()).toMatchObject({
      status: 'UP',
      dependencies: { redis: { status: 'UP', kind: 'redis' } },
    });
    expect(await redisAnswers(redisPort, 500)).toBe(true);

    await setRedis(false);
    expect(await redisAnswers(redisPort, 500)).toBe(false);
    expect(await health()).toMatchObject({ status: 'DEGRADED', dependencies: { redis: { status: 'DOWN' } } });
    expect((await fetch(`http://127.0.0.1:${port}/api/feed`)).status).toBe(200);
    expect((await fetch(`http://127.0.0.1:${port}/health/ready`)).status).toBe(503);

    await setRedis(true);
    expect(await health()).toMatchObject({ status: 'UP', dependencies: { redis: { status: 'UP' } } });
    await supervisor.stop();
    expect(await redisAnswers(redisPort, 500)).toBe(false);
  });

  it('ends the service and its Redis when the host is killed outright', async () => {
    const host = spawn(process.execPath, ['--import', 'tsx', 'test/support/sandboxHostProcess.ts'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const [servicePid, redisPort] = await new Promise<[number, number]>((resolve, reject) => {
      let output = '';
      const timer = setTimeout(() => reject(new Error(`no service pid: ${output}`)), 20_000);
      host.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /service (\d+) redis (\d+)/.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve([Number(match[1]), Number(match[2])]);
        }
      });
    });
    expect(isProcessAlive(servicePid)).toBe(true);
    expect(await redisAnswers(redisPort, 500)).toBe(true);
    host.kill('SIGKILL');
    await expect.poll(() => isProcessAlive(servicePid), { timeout: 5_000 }).toBe(false);
    await expect.poll(() => redisAnswers(redisPort, 500), { timeout: 5_000 }).toBe(false);
  });
});
