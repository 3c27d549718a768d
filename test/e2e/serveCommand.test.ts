import { describe, expect, it } from 'vitest';
import { isProcessAlive } from '../../electron/host/terminals/sessionProcesses';
import { WsTestClient } from '../support/wsTestClient';
import { runCli, startServeProcess } from './support/serveProcess';

describe('warroom serve', () => {
  it('refuses to listen on 0.0.0.0 without --allow-remote', async () => {
    const { code, output } = await runCli(['serve', '--host', '0.0.0.0', '--port', '0']);
    expect(code).not.toBe(0);
    expect(output).toMatch(/refusing to listen on 0\.0\.0\.0.*--allow-remote/s);
  });

  it('listens on 0.0.0.0 when --allow-remote says so', async () => {
    const serve = await startServeProcess(['--host', '0.0.0.0', '--allow-remote']);
    expect(serve.operatorUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=/);
    const response = await fetch(new URL('/', serve.operatorUrl));
    expect(response.status).toBe(200);
    await serve.stop();
  });

  it('names a bad option and the right usage', async () => {
    const { code, output } = await runCli(['serve', '--port', 'eighty']);
    expect(code).toBe(1);
    expect(output).toMatch(/--port: expected a port number/);
  });

  it('kills every terminal’s process when it exits', async () => {
    const serve = await startServeProcess();
    const token = new URL(serve.operatorUrl).hash.replace('#token=', '');
    const client = await WsTestClient.session(`ws://${new URL(serve.origin).host}/api?token=${token}`);
    const first = await client.call('terminals.create', { cols: 80, rows: 24 });
    const second = await client.call('terminals.create', { cols: 80, rows: 24 });
    expect(isProcessAlive(first.pid) && isProcessAlive(second.pid)).toBe(true);
    await serve.stop();
    await expect
      .poll(() => isProcessAlive(first.pid) || isProcessAlive(second.pid), { timeout: 5_000 })
      .toBe(false);
    await client.close();
  });
});
