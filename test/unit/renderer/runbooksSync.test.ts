import { describe, expect, it } from 'vitest';
import { createNavigationStore } from '../../../renderer/state/navigationStore';
import { selectCheck } from '../../../renderer/state/runbooks/runbookDetailStore';
import { startRunbooksSync } from '../../../renderer/state/runbooks/runbooksSync';
import { selectRunFor } from '../../../renderer/state/runbooks/runsStore';
import { selectHasTerminal, showInTerminals } from '../../../renderer/state/runbooks/showInTerminals';
import { createTerminalsStore } from '../../../renderer/state/terminalsStore';
import { settle, terminalInfo } from './fakeHost';
import {
  createFakeRunbooks,
  DAY_START,
  detailOf,
  runState,
  runSummary,
  stepRun,
  summary,
  tick,
} from './runbooksFakeHost';

function synced() {
  const fake = createFakeRunbooks();
  const stop = startRunbooksSync(fake.host, fake.stores);
  return { fake, stop, ...fake.stores };
}

describe('runbooks sync', () => {
  it('loads the list and the host’s runs when the session starts', async () => {
    const { fake, list, runs } = synced();
    fake.setSummaries([summary('drills/app-crash', { kind: 'drill' })]);
    fake.setRuns([runState()]);
    fake.startSession();
    await settle();
    expect(list.getState().summaries?.map((s) => s.id)).toEqual(['drills/app-crash']);
    expect(selectRunFor(runs.getState(), 'drills/app-crash')?.status).toBe('running');
  });

  it('fetches again on reconnect: the list, the runs and the open runbook, catching up on what changed', async () => {
    const { fake, list, runs, detail } = synced();
    fake.startSession();
    await settle();
    await detail.getState().open('drills/app-crash');
    fake.setSummaries([summary('fixes/scale', { kind: 'quickfix' })]);
    fake.setRuns([runState({ status: 'passed', finishedAt: DAY_START + 9_000 })]);
    fake.setDetail(
      detailOf({ history: [runSummary({ runId: 'r7' })], checks: [tick('step-1', 'bo', DAY_START)] }),
    );
    fake.startSession();
    await settle();
    expect(fake.callsOf('runbooks.list')).toHaveLength(2);
    expect(fake.callsOf('runs.list')).toHaveLength(2);
    expect(list.getState().summaries?.map((s) => s.id)).toEqual(['fixes/scale']);
    expect(runs.getState().runs.r7?.status).toBe('passed');
    expect(detail.getState().detail?.history.map((run) => run.runId)).toEqual(['r7']);
    expect(selectCheck(detail.getState(), 'step-1')?.by).toBe('bo');
  });

  it('starts at once when the session began before the sync did', async () => {
    const fake = createFakeRunbooks();
    fake.startSession();
    fake.setSummaries([summary('a')]);
    startRunbooksSync(fake.host, fake.stores);
    await settle();
    expect(fake.stores.list.getState().summaries).toHaveLength(1);
  });

  it('follows a run through runs.changed, step by step, with its output', async () => {
    const { fake, runs } = synced();
    fake.startSession();
    await settle();
    fake.emit(
      'runs.changed',
      runState({
        currentStepId: 'kill-app',
        steps: [
          stepRun('step-1', { status: 'passed' }),
          stepRun('kill-app', {
            status: 'running',
            startedAt: DAY_START,
            terminalId: 't4',
            outputTail: 'killing 4242\n',
          }),
          stepRun('health-up'),
        ],
      }),
    );
    const run = selectRunFor(runs.getState(), 'drills/app-crash');
    expect(run?.steps[1]).toMatchObject({
      status: 'running',
      outputTail: 'killing 4242\n',
      terminalId: 't4',
    });
  });

  it('holds the confirmation a run waits on, and lets it go when the run moves on', async () => {
    const { fake, runs } = synced();
    fake.startSession();
    await settle();
    const confirmation = {
      stepId: 'kill-app',
      command: 'kill "$(cat app.pid)"',
      environment: 'sandbox',
      context: { NAMESPACE: 'shop' },
      reasons: ['confirm on the step'],
    };
    fake.emit('runs.changed', runState({ currentStepId: 'kill-app', confirmation }));
    expect(selectRunFor(runs.getState(), 'drills/app-crash')?.confirmation).toEqual(confirmation);
    fake.emit('runs.changed', runState({ currentStepId: 'kill-app', confirmation: null }));
    expect(selectRunFor(runs.getState(), 'drills/app-crash')?.confirmation).toBeNull();
  });

  it('fetches the open runbook again when its run ends, for the new line of history', async () => {
    const { fake, detail } = synced();
    fake.startSession();
    await settle();
    await detail.getState().open('drills/app-crash');
    const gets = () => fake.callsOf('runbooks.get').length;
    const before = gets();
    fake.emit('runs.changed', runState());
    expect(gets()).toBe(before);
    fake.setDetail(detailOf({ history: [runSummary({ runId: 'r7', status: 'failed' })] }));
    fake.emit(
      'runs.changed',
      runState({ status: 'failed', reason: 'probe health-up missed its 30s deadline' }),
    );
    await settle();
    expect(gets()).toBe(before + 1);
    expect(detail.getState().detail?.history[0]?.status).toBe('failed');
    // Another event for the ended run brings no further fetch.
    fake.emit(
      'runs.changed',
      runState({ status: 'failed', reason: 'probe health-up missed its 30s deadline' }),
    );
    expect(gets()).toBe(before + 1);
  });

  it('takes each runbooks.changed list, and refetches the open runbook with it', async () => {
    const { fake, list, detail } = synced();
    fake.startSession();
    await settle();
    await detail.getState().open('drills/app-crash');
    const before = fake.callsOf('runbooks.get').length;
    fake.emit('runbooks.changed', [summary('drills/app-crash', { problemCount: 2 })]);
    await settle();
    expect(list.getState().summaries?.[0]?.problemCount).toBe(2);
    expect(fake.callsOf('runbooks.get')).toHaveLength(before + 1);
  });

  it('shows ticks made on another console, for the open runbook only', async () => {
    const { fake, detail } = synced();
    fake.startSession();
    await settle();
    await detail.getState().open('drills/app-crash');
    fake.emit('runbooks.ticked', { id: 'checklists/other', checks: [tick('step-1', 'eve', DAY_START)] });
    expect(selectCheck(detail.getState(), 'step-1')).toBeNull();
    fake.emit('runbooks.ticked', {
      id: 'drills/app-crash',
      checks: [tick('step-1', 'bo', DAY_START + 7_000)],
    });
    expect(selectCheck(detail.getState(), 'step-1')).toEqual(tick('step-1', 'bo', DAY_START + 7_000));
  });

  it('stops listening when stopped', () => {
    const { fake, stop } = synced();
    expect(fake.listenerCount()).toBe(3);
    stop();
    expect(fake.listenerCount()).toBe(0);
    fake.startSession();
    expect(fake.callsOf('runbooks.list')).toEqual([]);
  });
});

describe('show in terminals', () => {
  it('makes the step’s terminal the active tab and shows the Terminals view', () => {
    const navigation = createNavigationStore('runbooks');
    const terminals = createTerminalsStore();
    terminals.getState().syncList([terminalInfo('t1'), terminalInfo('t4')]);
    expect(terminals.getState().activeId).toBe('t1');
    expect(selectHasTerminal(terminals.getState(), 't4')).toBe(true);
    expect(selectHasTerminal(terminals.getState(), 't9')).toBe(false);
    expect(selectHasTerminal(terminals.getState(), null)).toBe(false);
    showInTerminals(navigation, terminals, 't4');
    expect(terminals.getState().activeId).toBe('t4');
    expect(navigation.getState().view).toBe('terminals');
  });
});
