import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ServeFixture, startServeFixture } from '../support/serveFixture';
import { WsTestClient } from '../support/wsTestClient';

describe('serve mode WebSocket carrier', () => {
  let fixture: ServeFixture;

  beforeAll(async () => {
    fixture = await startServeFixture({ shell: '/bin/sh' });
  });
  afterAll(async () => {
    await fixture.stop();
  });

  it('refuses an upgrade without a token, or with a wrong one, before reading any message', async () => {
    const base = `ws://127.0.0.1:${fixture.server.port}/api`;
    await expect(WsTestClient.connect(base)).rejects.toThrow('HTTP 401');
    await expect(WsTestClient.connect(`${base}?token=not-the-token`)).rejects.toThrow('HTTP 401');
  });

  it('refuses a page from a foreign origin even with the right token', async () => {
    const origin = { Origin: 'http://evil.example' };
    await expect(WsTestClient.connect(fixture.operatorSocketUrl, origin)).rejects.toThrow('HTTP 403');
  });

  it('refuses a rebound host name (DNS rebinding) even when the origin matches it', async () => {
    const headers = {
      Host: `evil.example:${fixture.server.port}`,
      Origin: `http://evil.example:${fixture.server.port}`,
    };
    await expect(WsTestClient.connect(fixture.operatorSocketUrl, headers)).rejects.toThrow('HTTP 403');
  });

  it('accepts its own page origin', async () => {
    const origin = { Origin: `http://127.0.0.1:${fixture.server.port}` };
    const client = await WsTestClient.connect(fixture.operatorSocketUrl, origin);
    await expect(client.call('session.hello', { clientId: 'origin-check-01' })).resolves.toMatchObject({
      role: 'operator',
    });
    await client.close();
  });

  it('answers a malformed message with an error and keeps the connection working', async () => {
    const client = await WsTestClient.session(fixture.operatorSocketUrl);
    client.sendRaw('{not json');
    const unreadable = await client.nextFrame((frame) => frame.t === 'error');
    expect(unreadable.error?.code).toBe('bad_request');

    client.sendRaw(
      JSON.stringify({ t: 'call', id: 41, method: 'terminals.create', params: { cols: 'wide' } }),
    );
    const badParams = await client.nextFrame((frame) => frame.t === 'result' && frame.id === 41);
    expect(badParams.ok).toBe(false);
    expect(badParams.error?.message).toMatch(/cols/);

    client.sendRaw(JSON.stringify({ t: 'call', id: 42, method: 'no.such.method', params: {} }));
    const unknown = await client.nextFrame((frame) => frame.t === 'result' && frame.id === 42);
    expect(unknown.error?.code).toBe('bad_request');

    client.sendRaw(
      JSON.stringify({ t: 'call', id: 43, method: 'terminals.create', params: { cols: 80, rows: 24 }, x: 1 }),
    );
    const extraKey = await client.nextFrame((frame) => frame.t === 'result' && frame.id === 43);
    expect(extraKey.ok).toBe(false);

    await expect(client.call('terminals.list', {})).resolves.toBeInstanceOf(Array);
    await client.close();
  });

  it('makes a client introduce itself before anything else', async () => {
    const client = await WsTestClient.connect(fixture.operatorSocketUrl);
    await expect(client.call('terminals.list', {})).rejects.toThrow(/session.hello/);
    await client.close();
  });

  it('lets a viewer watch a terminal but not create one, type into it, resize or close it', async () => {
    const operator = await WsTestClient.session(fixture.operatorSocketUrl, 'operator-client-1');
    const viewer = await WsTestClient.session(fixture.viewerSocketUrl, 'viewer-client-1');
    const terminal = await operator.call('terminals.create', { cols: 80, rows: 24 });

    await expect(viewer.call('terminals.create', { cols: 80, rows: 24 })).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(
      viewer.call('terminals.write', { id: terminal.id, data: 'echo typed\r' }),
    ).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(
      viewer.call('terminals.resize', { id: terminal.id, cols: 20, rows: 5 }),
    ).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(viewer.call('terminals.close', { id: terminal.id })).rejects.toMatchObject({
      code: 'forbidden',
    });

    let seen = '';
    viewer.on('terminals.data', (event) => {
      seen += event.data;
    });
    await viewer.call('terminals.attach', { id: terminal.id });
    await operator.call('terminals.write', { id: terminal.id, data: 'echo viewer-$((6*7))\r' });
    await expect.poll(() => seen, { timeout: 5_000 }).toContain('viewer-42');

    await operator.call('terminals.close', { id: terminal.id });
    await viewer.close();
    await operator.close();
  });
});
