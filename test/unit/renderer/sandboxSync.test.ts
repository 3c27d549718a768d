import { describe, expect, it } from 'vitest';
import { startSandboxSync } from '../../../renderer/sandbox/sandboxSync';
import { createSandboxStore } from '../../../renderer/state/sandbox/sandboxStore';
import { settle } from './fakeHost';
import { createFakeSandbox, runningStatus, sandboxStatus } from './sandboxFakeSandbox';

function syncedSandbox() {
  const fake = createFakeSandbox();
  const store = createSandboxStore(fake.access);
  const stop = startSandboxSync(fake.host, store);
  return { fake, store, stop };
}

describe('sandbox sync', () => {
  it('fetches the whole status when the session starts', async () => {
    const { fake, store } = syncedSandbox();
    expect(store.getState().status).toBeNull();
    fake.startSession();
    await settle();
    expect(fake.callsOf('sandbox.status')).toEqual([{}]);
    expect(store.getState().status?.state).toBe('stopped');
  });

  it('fetches again on each reconnect, catching up on what changed meanwhile', async () => {
    const { fake, store } = syncedSandbox();
    fake.startSession();
    await settle();
    fake.setStatus(runningStatus({ owner: 'cli', startedBy: null }));
    fake.startSession();
    await settle();
    expect(fake.callsOf('sandbox.status')).toHaveLength(2);
    expect(store.getState().status).toMatchObject({ state: 'running', owner: 'cli' });
  });

  it('fetches at once when the session began before the sync did', async () => {
    const fake = createFakeSandbox();
    fake.startSession();
    const store = createSandboxStore(fake.access);
    startSandboxSync(fake.host, store);
    await settle();
    expect(store.getState().status?.state).toBe('stopped');
  });

  it('applies every sandbox.changed: health, faults and load progress as the host sends them', async () => {
    const { fake, store } = syncedSandbox();
    fake.startSession();
    await settle();
    fake.emit('sandbox.changed', sandboxStatus({ state: 'starting', owner: 'console', startedBy: 'ana' }));
    expect(store.getState().status?.state).toBe('starting');
    const down = runningStatus({
      health: { status: 'UNREACHABLE', version: null, checkedAt: 2, lastUpAt: 1, dependencies: [] },
      faults: null,
    });
    fake.emit('sandbox.changed', down);
    expect(store.getState().status).toBe(down);
  });

  it('stops listening when stopped', () => {
    const { fake, stop } = syncedSandbox();
    expect(fake.listenerCount()).toBe(1);
    stop();
    expect(fake.listenerCount()).toBe(0);
    fake.startSession();
    expect(fake.callsOf('sandbox.status')).toEqual([]);
  });
});
