import { afterEach, describe, expect, it } from 'vitest';
import { isProcessAlive } from '../../electron/host/terminals/sessionProcesses';
import { type ServeFixture, startServeFixture } from '../support/serveFixture';
import { WsTestClient } from '../support/wsTestClient';

const GRACE_MS = 300;

describe('terminal lifecycle', () => {
  let fixture: ServeFixture | undefined;
  const clients: WsTestClient[] = [];

  afterEach(async () => {
    for (const client of clients.splice(0)) await client.close();
    await fixture?.stop();
  });

  async function operator(clientId: string): Promise<WsTestClient> {
    const client = await WsTestClient.session((fixture as ServeFixture).operatorSocketUrl, clientId);
    clients.push(client);
    return client;
  }

  it('reports the exit code of a shell that exits', async () => {
    fixture = await startServeFixture({ shell: '/bin/sh' });
    const client = await operator('exit-code-client');
    const terminal = await client.call('terminals.create', { cols: 80, rows: 24 });
    const exited = client.collectUntilExit(terminal.id);
    await client.call('terminals.write', { id: terminal.id, data: 'exit 3\r' });
    expect((await exited).exitCode).toBe(3);
    const [listed] = await client.call('terminals.list', {});
    expect(listed?.exitCode).toBe(3);
  });

  it('resizes the pty so programs see the new size', async () => {
    fixture = await startServeFixture({ shell: '/bin/sh' });
    const client = await operator('resize-client-01');
    const terminal = await client.openTerminal();
    await client.call('terminals.resize', { id: terminal.id, cols: 132, rows: 40 });
    await client.call('terminals.write', { id: terminal.id, data: 'stty size\r' });
    await expect.poll(terminal.output, { timeout: 5_000 }).toMatch(/40 132/);
  });

  it('kills the process when its tab closes', async () => {
    fixture = await startServeFixture({ shell: '/bin/sh' });
    const client = await operator('close-tab-client');
    const terminal = await client.call('terminals.create', { cols: 80, rows: 24 });
    expect(isProcessAlive(terminal.pid)).toBe(true);
    await client.call('terminals.close', { id: terminal.id });
    await expect.poll(() => isProcessAlive(terminal.pid), { timeout: 5_000 }).toBe(false);
    expect(await client.call('terminals.list', {})).toEqual([]);
  });

  it('ends the background jobs of a closed terminal’s shell too', async () => {
    fixture = await startServeFixture({ shell: '/bin/bash' });
    const client = await operator('jobs-client-0001');
    const terminal = await client.openTerminal();
    // An interactive bash puts each job in its own process group, out of the shell's; this
    // one also ignores the hang-up, as a stubborn load generator might.
    const stubbornJob = `sh -c 'trap "" HUP; sleep 300' & echo job=$!\r`;
    await client.call('terminals.write', { id: terminal.id, data: stubbornJob });
    await expect.poll(() => /job=(\d+)/.exec(terminal.output())?.[1], { timeout: 5_000 }).toBeDefined();
    const job = Number(/job=(\d+)/.exec(terminal.output())?.[1]);
    expect(isProcessAlive(job)).toBe(true);
    await client.call('terminals.close', { id: terminal.id });
    await expect.poll(() => isProcessAlive(job), { timeout: 5_000 }).toBe(false);
  });

  it('keeps a client’s terminals through a reconnect within the grace period', async () => {
    fixture = await startServeFixture({ shell: '/bin/sh', disconnectGraceMs: GRACE_MS });
    const first = await operator('blinking-client');
    const terminal = await first.call('terminals.create', { cols: 80, rows: 24 });
    await first.close();
    const again = await operator('blinking-client');
    await new Promise((resolve) => setTimeout(resolve, GRACE_MS * 3));
    expect(isProcessAlive(terminal.pid)).toBe(true);
    expect((await again.call('terminals.list', {})).map((t) => t.id)).toEqual([terminal.id]);
  });

  it('does not let a viewer with the same client id keep an operator’s terminals alive', async () => {
    fixture = await startServeFixture({ shell: '/bin/sh', disconnectGraceMs: GRACE_MS });
    const leaving = await operator('shared-client-id');
    const theirs = await leaving.call('terminals.create', { cols: 80, rows: 24 });
    const viewer = await WsTestClient.session((fixture as ServeFixture).viewerSocketUrl, 'shared-client-id');
    clients.push(viewer);
    await leaving.close();
    await expect.poll(() => isProcessAlive(theirs.pid), { timeout: 5_000 }).toBe(false);
  });

  it('kills a client’s terminals once it has been gone longer than the grace period', async () => {
    fixture = await startServeFixture({ shell: '/bin/sh', disconnectGraceMs: GRACE_MS });
    const leaving = await operator('leaving-client1');
    const staying = await operator('staying-client1');
    const theirs = await leaving.call('terminals.create', { cols: 80, rows: 24 });
    const mine = await staying.call('terminals.create', { cols: 80, rows: 24 });
    await leaving.close();
    await expect.poll(() => isProcessAlive(theirs.pid), { timeout: 5_000 }).toBe(false);
    expect(isProcessAlive(mine.pid)).toBe(true);
    expect((await staying.call('terminals.list', {})).map((t) => t.id)).toEqual([mine.id]);
  });
});
