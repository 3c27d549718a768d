import { describe, expect, it } from 'vitest';
import { createTerminalsStore } from '../../../renderer/state/terminalsStore';
import { TerminalController } from '../../../renderer/terminals/terminalController';
import type { TerminalViewEvents } from '../../../renderer/terminals/terminalView';
import { ApiError } from '../../../shared/apiErrors';
import { CHAR_COUNT_ACK_SIZE, MAX_INPUT_CHARS } from '../../../shared/terminalFlowControl';
import { createFakeHost, FakeView, settle, terminalInfo } from './fakeHost';

function setup(listed: string[] = []) {
  const fake = createFakeHost();
  fake.setTerminals(listed.map((id) => terminalInfo(id)));
  const store = createTerminalsStore();
  const views = new Map<string, FakeView>();
  const events = new Map<string, TerminalViewEvents>();
  const controller = new TerminalController(fake.host, store, (id, viewEvents) => {
    const view = new FakeView();
    views.set(id, view);
    events.set(id, viewEvents);
    return view;
  });
  const stop = controller.start();
  const view = (id: string) => {
    const found = views.get(id);
    if (!found) throw new Error(`no view for ${id}`);
    return found;
  };
  return { fake, store, controller, stop, view, views, events };
}

function deferred<T>() {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

describe('terminal controller', () => {
  it('lists and attaches every terminal when a session starts, painting each from its replay', async () => {
    const { fake, store, view } = setup(['t1', 't2']);
    fake.handle('terminals.attach', ({ id }) => ({
      info: terminalInfo(id),
      replay: `$ hello from ${id}\r\n`,
    }));
    fake.startSession();
    await settle();
    expect(store.getState().tabs.map((tab) => tab.id)).toEqual(['t1', 't2']);
    expect(fake.callsOf('terminals.attach')).toEqual([{ id: 't1' }, { id: 't2' }]);
    expect(view('t1').written).toEqual(['\x1bc$ hello from t1\r\n']);
    expect(view('t2').screen()).toBe('$ hello from t2\r\n');
  });

  it('routes output by terminal id straight to that screen', async () => {
    const { fake, view } = setup(['t1', 't2']);
    fake.startSession();
    await settle();
    fake.emit('terminals.data', { id: 't2', data: 'only for two' });
    expect(view('t2').screen()).toBe('only for two');
    expect(view('t1').screen()).toBe('');
  });

  it('acknowledges parsed characters in chunks, not per write', async () => {
    const { fake, view } = setup(['t1']);
    fake.startSession();
    await settle();
    const chunk = 'x'.repeat(CHAR_COUNT_ACK_SIZE / 5);
    for (let i = 0; i < 4; i++) fake.emit('terminals.data', { id: 't1', data: chunk });
    view('t1').parse();
    expect(fake.callsOf('terminals.ack')).toEqual([]);
    for (let i = 0; i < 3; i++) fake.emit('terminals.data', { id: 't1', data: chunk });
    expect(fake.callsOf('terminals.ack')).toEqual([]);
    view('t1').parse();
    expect(fake.callsOf('terminals.ack')).toEqual([{ id: 't1', chars: CHAR_COUNT_ACK_SIZE }]);
  });

  it('does not count the replay, which the host never counted', async () => {
    const { fake, view } = setup(['t1']);
    fake.handle('terminals.attach', ({ id }) => ({
      info: terminalInfo(id),
      replay: 'r'.repeat(CHAR_COUNT_ACK_SIZE * 3),
    }));
    fake.startSession();
    await settle();
    view('t1').parse();
    expect(fake.callsOf('terminals.ack')).toEqual([]);
  });

  it('keeps output that arrives during the attach and writes it after the replay', async () => {
    const { fake, view } = setup(['t1']);
    const answer = deferred<{ info: ReturnType<typeof terminalInfo>; replay: string }>();
    fake.handle('terminals.attach', () => answer.promise);
    fake.startSession();
    await settle();
    fake.emit('terminals.data', { id: 't1', data: 'after' });
    expect(view('t1').written).toEqual([]);
    answer.resolve({ info: terminalInfo('t1'), replay: 'before ' });
    await settle();
    expect(view('t1').screen()).toBe('before after');
  });

  it('re-attaches after a reconnect: repaints from the replay and counts acknowledgements from zero', async () => {
    const { fake, view } = setup(['t1']);
    fake.startSession();
    await settle();
    const almost = 'a'.repeat(CHAR_COUNT_ACK_SIZE - 1);
    fake.emit('terminals.data', { id: 't1', data: almost });
    view('t1').parse();
    fake.emit('terminals.data', { id: 't1', data: 'unparsed before the drop' });

    fake.handle('terminals.attach', ({ id }) => ({ info: terminalInfo(id), replay: 'screen again' }));
    fake.startSession();
    await settle();
    view('t1').parse();
    fake.emit('terminals.data', { id: 't1', data: 'b' });
    view('t1').parse();

    expect(view('t1').screen()).toBe('screen againb');
    expect(fake.callsOf('terminals.attach')).toHaveLength(2);
    expect(fake.callsOf('terminals.ack')).toEqual([]);
  });

  it('marks a terminal exited from the exit event and keeps its tab', async () => {
    const { fake, store } = setup(['t1']);
    fake.startSession();
    await settle();
    fake.emit('terminals.exit', { id: 't1', exitCode: 2, signal: null });
    expect(store.getState().tabs).toEqual([{ id: 't1', title: 'sh 1', exitCode: 2, signal: null }]);
  });

  it('follows the host list: new terminals get a screen and are attached, gone ones are disposed', async () => {
    const { fake, store, view, views } = setup(['t1']);
    fake.startSession();
    await settle();
    const first = view('t1');
    fake.emit('terminals.changed', [terminalInfo('t1'), terminalInfo('t2')]);
    await settle();
    expect(views.has('t2')).toBe(true);
    expect(fake.callsOf('terminals.attach')).toContainEqual({ id: 't2' });
    fake.emit('terminals.changed', [terminalInfo('t2')]);
    expect(first.disposed).toBe(true);
    expect(store.getState().tabs.map((tab) => tab.id)).toEqual(['t2']);
  });

  it('opens a new terminal at the size the screens are fitted to, and makes it the active tab', async () => {
    const { fake, store, controller, events, views } = setup(['t1']);
    fake.startSession();
    await settle();
    // xterm's resize event carries more than the size; the host's schema takes only the size.
    const fromXterm = { cols: 132, rows: 40, colsChanged: true, rowsChanged: true };
    events.get('t1')?.resized(fromXterm);
    await controller.createTerminal();
    expect(fake.callsOf('terminals.resize')).toEqual([{ id: 't1', cols: 132, rows: 40 }]);
    expect(fake.callsOf('terminals.create')).toEqual([{ cols: 132, rows: 40 }]);
    expect(store.getState().activeId).toBe('t101');
    expect(views.has('t101')).toBe(true);
    await settle();
    expect(fake.callsOf('terminals.attach')).toContainEqual({ id: 't101' });
  });

  it('does not attach twice when the host list announces the new terminal first', async () => {
    const { fake, controller } = setup();
    fake.startSession();
    await settle();
    fake.handle('terminals.create', ({ cols, rows }) => {
      const info = terminalInfo('t7', { cols, rows });
      fake.emit('terminals.changed', [info]);
      return info;
    });
    await controller.createTerminal();
    await settle();
    expect(fake.callsOf('terminals.attach')).toEqual([{ id: 't7' }]);
  });

  it('closes a terminal: its screen goes and the neighbour becomes active', async () => {
    const { fake, store, controller, view } = setup(['t1', 't2', 't3']);
    fake.startSession();
    await settle();
    store.getState().activate('t2');
    await controller.closeTerminal('t2');
    expect(fake.callsOf('terminals.close')).toEqual([{ id: 't2' }]);
    expect(view('t2').disposed).toBe(true);
    expect(store.getState().activeId).toBe('t3');
  });

  it('says why a close failed and keeps the tab', async () => {
    const { fake, store, controller, view } = setup(['t1']);
    fake.startSession();
    await settle();
    fake.handle('terminals.close', () => {
      throw new ApiError('unavailable', 'not connected to the host');
    });
    await controller.closeTerminal('t1');
    expect(store.getState().tabs).toHaveLength(1);
    expect(view('t1').disposed).toBe(false);
    expect(store.getState().actionError).toMatch(/not connected to the host/);
  });

  it('says why opening a terminal failed', async () => {
    const { fake, store, controller } = setup();
    fake.startSession();
    await settle();
    fake.handle('terminals.create', () => {
      throw new ApiError('unavailable', 'at most 64 terminals can be open at once');
    });
    await controller.createTerminal();
    expect(store.getState().actionError).toMatch(/Could not open a terminal/);
  });

  it('sends what the user types, and a paste too big for one call in pieces', async () => {
    const { fake, events } = setup(['t1']);
    fake.startSession();
    await settle();
    events.get('t1')?.input('ls\r');
    events.get('t1')?.input('p'.repeat(MAX_INPUT_CHARS + 10));
    const writes = fake.callsOf('terminals.write');
    expect(writes[0]).toEqual({ id: 't1', data: 'ls\r' });
    expect(writes.slice(1).map((write) => write.data.length)).toEqual([MAX_INPUT_CHARS, 10]);
  });

  it('sends the fitted size after an attach when the pty has another', async () => {
    const { fake, view } = setup();
    fake.setTerminals([terminalInfo('t1', { cols: 80, rows: 24 })]);
    fake.startSession();
    await settle();
    view('t1').fitted = { cols: 100, rows: 30 };
    fake.startSession();
    await settle();
    expect(fake.callsOf('terminals.resize')).toEqual([{ id: 't1', cols: 100, rows: 30 }]);
  });

  it("gives a viewer read-only screens at the host's size, and never resizes, opens or closes", async () => {
    const { fake, store, controller, view, events } = setup();
    fake.setTerminals([terminalInfo('t1', { cols: 120, rows: 33 })]);
    fake.handle('terminals.attach', ({ id }) => ({
      info: terminalInfo(id, { cols: 120, rows: 33 }),
      replay: '',
    }));
    fake.startSession('viewer');
    await settle();
    expect(view('t1').readOnly).toBe(true);
    expect(view('t1').followed).toContainEqual({ cols: 120, rows: 33 });
    events.get('t1')?.resized({ cols: 50, rows: 10 });
    await controller.createTerminal();
    await controller.closeTerminal('t1');
    expect(fake.callsOf('terminals.resize')).toEqual([]);
    expect(fake.callsOf('terminals.create')).toEqual([]);
    expect(fake.callsOf('terminals.close')).toEqual([]);
    expect(store.getState().actionError).toMatch(/read-only viewer/);
  });

  it('catches up at once when the session began before it listened', async () => {
    const fake = createFakeHost();
    fake.setTerminals([terminalInfo('t1')]);
    fake.startSession();
    const store = createTerminalsStore();
    new TerminalController(fake.host, store, () => new FakeView()).start();
    await settle();
    expect(store.getState().tabs.map((tab) => tab.id)).toEqual(['t1']);
  });

  it('stops listening and disposes every screen when stopped', async () => {
    const { fake, stop, view } = setup(['t1']);
    fake.startSession();
    await settle();
    stop();
    expect(view('t1').disposed).toBe(true);
    expect(fake.listenerCount()).toBe(0);
  });
});
