import { describe, expect, it } from 'vitest';
import {
  selectMissing,
  selectPlannedConfirmations,
  selectRememberToSend,
} from '../../../renderer/state/runbooks/runFormStore';
import { selectRunFor } from '../../../renderer/state/runbooks/runsStore';
import { ApiError } from '../../../shared/apiErrors';
import { createFakeRunbooks, runPlan, runState } from './runbooksFakeHost';

function operatorForm() {
  const fake = createFakeRunbooks();
  fake.startSession('operator');
  fake.handle('runs.start', () => runState({ runId: 'r9' }));
  return { fake, form: fake.stores.form };
}

describe('run form', () => {
  it('plans, prefills what is known, and starts run-all with the values typed', async () => {
    const { fake, form } = operatorForm();
    expect(await form.getState().open('drills/app-crash', null)).toBe(true);
    expect(fake.callsOf('runs.plan')).toEqual([{ id: 'drills/app-crash' }]);
    expect(form.getState()).toMatchObject({
      phase: 'ready',
      values: { NAMESPACE: 'shop', REDIS_PASSWORD: '' },
    });
    expect(selectMissing(form.getState())).toEqual(['REDIS_PASSWORD']);
    expect(await form.getState().start()).toBeNull();
    expect(form.getState().error).toBe('Give a value to REDIS_PASSWORD first.');
    expect(fake.callsOf('runs.start')).toEqual([]);

    form.getState().setValue('REDIS_PASSWORD', 's3cret');
    form.getState().setValue('NAMESPACE', 'shop-canary');
    form.getState().setRemember('REDIS_PASSWORD', true);
    const run = await form.getState().start();
    expect(run?.runId).toBe('r9');
    expect(fake.callsOf('runs.start')).toEqual([
      {
        id: 'drills/app-crash',
        environment: 'sandbox',
        values: { NAMESPACE: 'shop-canary', REDIS_PASSWORD: 's3cret' },
        remember: ['REDIS_PASSWORD'],
      },
    ]);
    // The form closes, the secret goes with it, and the run is followed at once.
    expect(form.getState()).toMatchObject({ phase: 'idle', values: {}, plan: null });
    expect(selectRunFor(fake.stores.runs.getState(), 'drills/app-crash')?.runId).toBe('r9');
  });

  it('starts one step alone and lists only that step’s confirmation', async () => {
    const { fake, form } = operatorForm();
    fake.handle('runs.plan', () =>
      runPlan({
        variables: [],
        confirmations: [
          { stepId: 'kill-app', reasons: ['kill'] },
          { stepId: 'flush', reasons: ['FLUSHALL'] },
        ],
      }),
    );
    await form.getState().open('drills/app-crash', 'flush');
    expect(selectPlannedConfirmations(form.getState())).toEqual([{ stepId: 'flush', reasons: ['FLUSHALL'] }]);
    await form.getState().start();
    expect(fake.callsOf('runs.start')).toEqual([
      { id: 'drills/app-crash', environment: 'sandbox', values: {}, remember: [], stepId: 'flush' },
    ]);
  });

  it('plans again for another environment, keeping what the person typed', async () => {
    const { fake, form } = operatorForm();
    fake.handle('runs.plan', ({ environment }) =>
      runPlan({
        environment: environment ?? 'sandbox',
        variables: [
          {
            name: 'NAMESPACE',
            prompt: 'NAMESPACE',
            secret: false,
            value: environment === 'staging' ? 'shop-staging' : 'shop',
            source: environment === 'staging' ? 'environment' : 'default',
          },
          {
            name: 'KUBE_CONTEXT',
            prompt: 'kubectl context',
            secret: false,
            value: environment === 'staging' ? 'stg' : 'kind',
            source: 'environment',
          },
        ],
      }),
    );
    await form.getState().open('drills/app-crash', null);
    form.getState().setValue('NAMESPACE', 'mine');
    expect(await form.getState().chooseEnvironment('staging')).toBe(true);
    expect(fake.callsOf('runs.plan').at(-1)).toEqual({ id: 'drills/app-crash', environment: 'staging' });
    expect(form.getState().values).toEqual({ NAMESPACE: 'mine', KUBE_CONTEXT: 'stg' });
    await form.getState().start();
    expect(fake.callsOf('runs.start')[0]?.environment).toBe('staging');
  });

  it('never asks to remember where the host cannot keep secrets, nor an empty secret', async () => {
    const { fake, form } = operatorForm();
    fake.handle('runs.plan', () =>
      runPlan({ canRemember: false, cannotRememberReason: 'only the plain-text keyring is available' }),
    );
    await form.getState().open('drills/app-crash', null);
    form.getState().setValue('REDIS_PASSWORD', 'x');
    form.getState().setRemember('REDIS_PASSWORD', true);
    expect(selectRememberToSend(form.getState())).toEqual([]);

    fake.handle('runs.plan', () =>
      runPlan({
        variables: [
          {
            name: 'REDIS_PASSWORD',
            prompt: 'Redis password',
            secret: true,
            value: null,
            source: 'remembered',
          },
        ],
      }),
    );
    await form.getState().open('drills/app-crash', null);
    form.getState().setRemember('REDIS_PASSWORD', true);
    expect(selectMissing(form.getState())).toEqual([]);
    expect(selectRememberToSend(form.getState())).toEqual([]);
    await form.getState().start();
    // An empty field leaves the remembered value to the host.
    expect(fake.callsOf('runs.start')[0]).toMatchObject({ values: {}, remember: [] });
  });

  it('keeps the form and the values when the host refuses the start, saying why', async () => {
    const { fake, form } = operatorForm();
    fake.handle('runs.start', () => {
      throw new ApiError('refused', 'a run of drills/app-crash is going on');
    });
    await form.getState().open('drills/app-crash', null);
    form.getState().setValue('REDIS_PASSWORD', 'pw');
    expect(await form.getState().start()).toBeNull();
    expect(form.getState()).toMatchObject({
      phase: 'ready',
      values: { REDIS_PASSWORD: 'pw' },
      error: 'Could not start the run of drills/app-crash: a run of drills/app-crash is going on',
    });
  });

  it('drops a plan that arrives after the form was cancelled', async () => {
    const { fake, form } = operatorForm();
    let answer: (plan: ReturnType<typeof runPlan>) => void = () => undefined;
    fake.handle('runs.plan', () => new Promise((resolve) => (answer = resolve)));
    const opening = form.getState().open('drills/app-crash', null);
    expect(form.getState().phase).toBe('planning');
    form.getState().cancel();
    answer(runPlan());
    expect(await opening).toBe(false);
    expect(form.getState()).toMatchObject({ phase: 'idle', plan: null });
  });

  it('never opens for a viewer', async () => {
    const fake = createFakeRunbooks();
    fake.startSession('viewer');
    expect(await fake.stores.form.getState().open('drills/app-crash', null)).toBe(false);
    expect(fake.calls).toEqual([]);
    expect(fake.stores.form.getState()).toMatchObject({ phase: 'idle' });
    expect(fake.stores.form.getState().error).toMatch(/read-only viewer/);
  });
});
