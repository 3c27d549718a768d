import { describe, expect, it } from 'vitest';
import { createSandboxStore, selectStartProblem } from '../../../renderer/state/sandbox/sandboxStore';
import { ApiError } from '../../../shared/apiErrors';
import { createFakeSandbox, runningStatus, sandboxStatus } from './sandboxFakeSandbox';

function sandboxAsOperator() {
  const fake = createFakeSandbox();
  fake.startSession('operator');
  return { fake, store: createSandboxStore(fake.access) };
}

describe('sandbox store', () => {
  it('starts the rehearsal with the load chosen and keeps the status the host answers', async () => {
    const { fake, store } = sandboxAsOperator();
    fake.handle('sandbox.start', () => runningStatus());
    const started = store.getState().start('ramp');
    expect(store.getState().inFlight).toBe('start');
    expect(await started).toBe(true);
    expect(fake.callsOf('sandbox.start')).toEqual([{ load: 'ramp' }]);
    expect(store.getState()).toMatchObject({ inFlight: null, error: null, status: { state: 'running' } });
  });

  it('asks for no load when none is chosen', async () => {
    const { fake, store } = sandboxAsOperator();
    fake.handle('sandbox.start', () => runningStatus());
    await store.getState().start(null);
    expect(fake.callsOf('sandbox.start')).toEqual([{ load: null }]);
  });

  it('sends each fault, load and stop call as the contract names it', async () => {
    const { fake, store } = sandboxAsOperator();
    for (const method of [
      'sandbox.fault',
      'sandbox.startLoad',
      'sandbox.stopLoad',
      'sandbox.stop',
    ] as const) {
      fake.handle(method, () => runningStatus());
    }
    await store.getState().fault({ kind: 'latency', ms: 300, route: '/api/feed' });
    await store.getState().fault({ kind: 'crash' });
    await store.getState().startLoad('peak');
    await store.getState().stopLoad();
    await store.getState().stop();
    expect(fake.calls.map((call) => [call.method, call.params])).toEqual([
      ['sandbox.fault', { fault: { kind: 'latency', ms: 300, route: '/api/feed' } }],
      ['sandbox.fault', { fault: { kind: 'crash' } }],
      ['sandbox.startLoad', { preset: 'peak' }],
      ['sandbox.stopLoad', {}],
      ['sandbox.stop', {}],
    ]);
  });

  it('shows the host’s own words when the sandbox refuses, and clears them on the next success', async () => {
    const { fake, store } = sandboxAsOperator();
    const refusal = 'the sandbox service cannot use port 4290: it is already in use';
    fake.handle('sandbox.start', () => {
      throw new ApiError('unavailable', refusal);
    });
    expect(await store.getState().start('smoke')).toBe(false);
    expect(store.getState().error).toBe(`Could not start the rehearsal: ${refusal}`);
    expect(store.getState().inFlight).toBeNull();

    fake.handle('sandbox.start', () => runningStatus());
    await store.getState().start('smoke');
    expect(store.getState().error).toBeNull();
  });

  it('names the fault that could not be set', async () => {
    const { fake, store } = sandboxAsOperator();
    fake.handle('sandbox.fault', () => {
      throw new ApiError('unavailable', 'no sandbox is running: start the rehearsal first');
    });
    await store.getState().fault({ kind: 'dependency', state: 'down' });
    expect(store.getState().error).toBe(
      'Could not take the dependency down: no sandbox is running: start the rehearsal first',
    );
  });

  it('sends one call at a time, so a double click starts one rehearsal', async () => {
    const { fake, store } = sandboxAsOperator();
    let answer: (status: ReturnType<typeof runningStatus>) => void = () => undefined;
    fake.handle('sandbox.start', () => new Promise((resolve) => (answer = resolve)));
    const first = store.getState().start('smoke');
    expect(await store.getState().start('smoke')).toBe(false);
    answer(runningStatus());
    expect(await first).toBe(true);
    expect(fake.callsOf('sandbox.start')).toHaveLength(1);
  });

  it('lets a viewer watch but never calls the host for it', async () => {
    const fake = createFakeSandbox();
    fake.startSession('viewer');
    const store = createSandboxStore(fake.access);
    expect(await store.getState().start('smoke')).toBe(false);
    expect(await store.getState().fault({ kind: 'clear' })).toBe(false);
    expect(fake.calls).toEqual([]);
    expect(store.getState().error).toMatch(/read-only viewer cannot act/);

    await store.getState().refresh();
    expect(store.getState().status?.state).toBe('stopped');
  });

  it('keeps the last start’s problem on show while stopped, unless the call’s failure says it', () => {
    const { store } = sandboxAsOperator();
    const problem = 'port 4290 (the sandbox service) is in use by another program: pick another one';
    store.getState().apply(sandboxStatus({ problem }));
    expect(selectStartProblem(store.getState())).toBe(problem);
    store.setState({ error: `Could not start the rehearsal: ${problem}` });
    expect(selectStartProblem(store.getState())).toBeNull();
    store.getState().dismissError();
    expect(store.getState().error).toBeNull();
    store.getState().apply(runningStatus({ owner: 'cli', problem }));
    expect(selectStartProblem(store.getState())).toBeNull();
  });
});
