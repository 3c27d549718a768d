import { describe, expect, it } from 'vitest';
import { k6Access } from '../../../renderer/state/k6/k6Access';
import { createK6Stores } from '../../../renderer/state/k6/k6Stores';
import { startK6Sync } from '../../../renderer/state/k6/k6Sync';
import { ApiError } from '../../../shared/apiErrors';
import type { K6Status } from '../../../shared/k6StatusTypes';
import { createFakeHost, settle } from './fakeHost';
import { k6Run, k6Status, k6Threshold, T0 } from './k6FakeStatus';

function synced(initial: K6Status = k6Status()) {
  const fake = createFakeHost();
  let current = initial;
  fake.handle('k6.status', () => current);
  const stores = createK6Stores(k6Access(fake.host.api, fake.host.connection));
  const stop = startK6Sync(fake.host, stores.status);
  return {
    fake,
    stores,
    stop,
    setStatus: (next: K6Status) => {
      current = next;
    },
  };
}

describe('k6 status sync', () => {
  it('asks for the whole status when the session starts', async () => {
    const { fake, stores } = synced();
    expect(stores.status.getState().status).toBeNull();
    fake.startSession();
    await settle();
    expect(fake.callsOf('k6.status')).toEqual([{}]);
    expect(stores.status.getState().status?.output.points).toBe(1204);
  });

  it('asks again on each reconnect, catching up on what changed meanwhile', async () => {
    const { fake, stores, setStatus } = synced();
    fake.startSession();
    await settle();
    setStatus(k6Status({ api: { ...k6Status().api, run: k6Run({ paused: true, label: 'Paused' }) } }));
    fake.startSession();
    await settle();
    expect(fake.callsOf('k6.status')).toHaveLength(2);
    expect(stores.status.getState().status?.api.run?.paused).toBe(true);
  });

  it('asks at once when the session began before the sync did', async () => {
    const fake = createFakeHost();
    fake.handle('k6.status', () => k6Status());
    fake.startSession();
    const stores = createK6Stores(k6Access(fake.host.api, fake.host.connection));
    startK6Sync(fake.host, stores.status);
    await settle();
    expect(stores.status.getState().status?.api.state).toBe('up');
  });

  it('takes every k6.status event whole: a threshold that failed, the API gone down', async () => {
    const { fake, stores } = synced();
    fake.startSession();
    await settle();
    const failed = k6Status({
      api: { ...k6Status().api, state: 'down', since: T0 + 5_000, problem: 'connection refused' },
      thresholds: [k6Threshold('http_req_failed', 'rate<0.01', { verdict: 'failed', since: T0 + 4_000 })],
    });
    fake.emit('k6.status', failed);
    expect(stores.status.getState().status).toBe(failed);
  });

  it('says in words when the status cannot be read, and clears it with the next status', async () => {
    const { fake, stores } = synced();
    fake.handle('k6.status', () => {
      throw new ApiError('unavailable', 'socket closed');
    });
    fake.startSession();
    await settle();
    expect(stores.status.getState().error).toBe(
      'Could not read k6’s status: not connected to the host. Try again once it is back.',
    );
    fake.emit('k6.status', k6Status());
    expect(stores.status.getState().error).toBeNull();
  });

  it('stops listening when stopped', async () => {
    const { fake, stop } = synced();
    expect(fake.listenerCount()).toBe(1);
    stop();
    expect(fake.listenerCount()).toBe(0);
    fake.startSession();
    await settle();
    expect(fake.callsOf('k6.status')).toEqual([]);
  });
});
