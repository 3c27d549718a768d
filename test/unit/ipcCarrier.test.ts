import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { openJournalWithFallback } from '../../electron/host/journal/openJournalWithFallback';
import { WarroomHost } from '../../electron/host/warroomHost';
import { isAppUrl } from '../../electron/shell/windowOptions';
import { bindIpcCarrier } from '../../electron/transport/ipc';
import { methodNames } from '../../shared/api';
import { ipcChannelFor } from '../../shared/ipcChannels';
import { FakeIpcMain, FakeSender } from '../fakes/fakeIpcMain';

const APP_PAGE = 'warroom://app/index.html';

describe('IPC carrier', () => {
  const workspace = mkdtempSync(join(tmpdir(), 'warroom-ipc-'));
  const journal = openJournalWithFallback(join(workspace, 'journal.sqlite'));
  const host = new WarroomHost({ workspace, version: 'test', journal });
  afterEach(() => host.dispose());
  afterAll(() => journal.journal.close());

  it('registers exactly one channel per declared method and nothing generic', () => {
    const ipc = new FakeIpcMain();
    bindIpcCarrier(ipc, host, isAppUrl);
    expect([...ipc.handlers.keys()].sort()).toEqual(methodNames.map(ipcChannelFor).sort());
  });

  it('answers our own renderer and refuses any other frame', async () => {
    const ipc = new FakeIpcMain();
    bindIpcCarrier(ipc, host, isAppUrl);
    const sender = new FakeSender(1);
    const hello = ipcChannelFor('session.hello');
    await expect(
      ipc.invoke(hello, { clientId: 'desktop-window-1' }, APP_PAGE, sender),
    ).resolves.toMatchObject({
      ok: true,
      result: { role: 'operator' },
    });
    for (const foreign of [
      'https://evil.example/',
      'file:///etc/passwd',
      'warroom://other/index.html',
      null,
    ]) {
      await expect(
        ipc.invoke(hello, { clientId: 'desktop-window-1' }, foreign, sender),
      ).resolves.toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      });
    }
  });

  it('returns a malformed payload as an error reply, not a crash', async () => {
    const ipc = new FakeIpcMain();
    bindIpcCarrier(ipc, host, isAppUrl);
    const sender = new FakeSender(2);
    await ipc.invoke(ipcChannelFor('session.hello'), { clientId: 'desktop-window-2' }, APP_PAGE, sender);
    const reply = await ipc.invoke(
      ipcChannelFor('terminals.resize'),
      { id: '../../x', cols: -1 },
      APP_PAGE,
      sender,
    );
    expect(reply).toMatchObject({ ok: false, error: { code: 'bad_request' } });
  });

  it('sends events to the window with only a name and a payload', async () => {
    const ipc = new FakeIpcMain();
    bindIpcCarrier(ipc, host, isAppUrl);
    const sender = new FakeSender(3);
    await ipc.invoke(ipcChannelFor('session.hello'), { clientId: 'desktop-window-3' }, APP_PAGE, sender);
    const created = (await ipc.invoke(
      ipcChannelFor('terminals.create'),
      { cols: 80, rows: 24 },
      APP_PAGE,
      sender,
    )) as {
      result: { id: string };
    };
    const changed = sender.sent.find(([, name]) => name === 'terminals.changed');
    expect(changed).toEqual([
      'warroom:event',
      'terminals.changed',
      [expect.objectContaining({ id: created.result.id })],
    ]);
  });

  it('removes every handler when unbound', () => {
    const ipc = new FakeIpcMain();
    const unbind = bindIpcCarrier(ipc, host, isAppUrl);
    unbind();
    expect(ipc.handlers.size).toBe(0);
  });
});
