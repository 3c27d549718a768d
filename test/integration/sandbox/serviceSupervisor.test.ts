import { spawn } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import {
  ServiceSupervisor,
  type SupervisorEvent,
} from '../../../electron/host/sandbox/supervisor/serviceSupervisor';
import { isProcessAlive } from '../../../electron/host/terminals/sessionProcesses';
import { SOURCE_SERVICE_ENTRY } from '../../support/sandboxServiceEntry';

async function healthOf(port: number): Promise<string> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/health`, { signal: AbortSignal.timeout(1_000) });
    return ((await response.json()) as { status: string }).status;
  } catch {
    return 'unreachable';
  }
}

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

  it('ends the service when the host is killed outright', async () => {
    const host = spawn(process.execPath, ['--import', 'tsx', 'test/support/sandboxHostProcess.ts'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const servicePid = await new Promise<number>((resolve, reject) => {
      let output = '';
      const timer = setTimeout(() => reject(new Error(`no service pid: ${output}`)), 20_000);
      host.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const pid = /service (\d+)/.exec(output)?.[1];
        if (pid) {
          clearTimeout(timer);
          resolve(Number(pid));
        }
      });
    });
    expect(isProcessAlive(servicePid)).toBe(true);
    host.kill('SIGKILL');
    await expect.poll(() => isProcessAlive(servicePid), { timeout: 5_000 }).toBe(false);
  });
});
