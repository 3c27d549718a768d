import { describe, expect, it } from 'vitest';
import { selectCheck } from '../../../renderer/state/runbooks/runbookDetailStore';
import { runProgress, selectRunFor, stepRemedies } from '../../../renderer/state/runbooks/runsStore';
import { ApiError } from '../../../shared/apiErrors';
import {
  createFakeRunbooks,
  DAY_START,
  detailOf,
  runState,
  stepRun,
  summary,
  tick,
} from './runbooksFakeHost';

function asOperator() {
  const fake = createFakeRunbooks();
  fake.startSession('operator');
  return fake;
}

describe('runbook list store', () => {
  it('loads the list and walks it with the arrow keys in the order it is shown', async () => {
    const fake = asOperator();
    fake.setSummaries([
      summary('drills/redis', { title: 'Redis restart', kind: 'drill' }),
      summary('checklists/after', { title: 'After', kind: 'checklist', phase: 'after' }),
      summary('checklists/before', { title: 'Before', kind: 'checklist', phase: '24h-before' }),
    ]);
    const { list } = fake.stores;
    await list.getState().refresh();
    expect(list.getState().summaries).toHaveLength(3);
    list.getState().moveHighlight(1);
    expect(list.getState().highlightedId).toBe('checklists/before');
    list.getState().moveHighlight(1);
    list.getState().moveHighlight(1);
    expect(list.getState().highlightedId).toBe('drills/redis');
    list.getState().moveHighlight(-1);
    expect(list.getState().highlightedId).toBe('checklists/after');
  });

  it('moves the highlight to the first match when the filter hides the highlighted row', async () => {
    const fake = asOperator();
    fake.setSummaries([summary('a', { title: 'Alpha' }), summary('b', { title: 'Beta' })]);
    const { list } = fake.stores;
    await list.getState().refresh();
    list.getState().highlight('a');
    list.getState().setFilter('bet');
    expect(list.getState().highlightedId).toBe('b');
    list.getState().setFilter('zzz');
    expect(list.getState().highlightedId).toBeNull();
  });

  it('says why the list could not be loaded', async () => {
    const fake = asOperator();
    fake.handle('runbooks.list', () => {
      throw new ApiError('internal', 'the workspace folder is gone');
    });
    await fake.stores.list.getState().refresh();
    expect(fake.stores.list.getState().error).toBe(
      'Could not load the runbooks: the workspace folder is gone',
    );
  });
});

describe('runbook detail store', () => {
  it('opens a runbook and ticks a check with the host’s answer of who and when', async () => {
    const fake = asOperator();
    const { detail } = fake.stores;
    await detail.getState().open('drills/app-crash');
    expect(detail.getState().detail?.runbook?.title).toBe('App crash drill');
    fake.handle('runbooks.tick', ({ stepId, checked }) => [tick(stepId, 'ana', DAY_START + 5_000, checked)]);
    const ticking = detail.getState().tick('step-1', true);
    // Until the host answers, the box shows what the person set.
    expect(detail.getState()).toMatchObject({ tickingStepId: 'step-1', tickingChecked: true });
    expect(await ticking).toBe(true);
    expect(fake.callsOf('runbooks.tick')).toEqual([
      { id: 'drills/app-crash', stepId: 'step-1', checked: true },
    ]);
    expect(selectCheck(detail.getState(), 'step-1')).toEqual(tick('step-1', 'ana', DAY_START + 5_000));
    expect(detail.getState().tickingStepId).toBeNull();
  });

  it('drops an answer for a runbook closed or replaced meanwhile', async () => {
    const fake = asOperator();
    let answer: (value: ReturnType<typeof detailOf>) => void = () => undefined;
    fake.handle('runbooks.get', () => new Promise((resolve) => (answer = resolve)));
    const { detail } = fake.stores;
    const opening = detail.getState().open('drills/app-crash');
    detail.getState().close();
    answer(detailOf());
    await opening;
    expect(detail.getState()).toMatchObject({ openId: null, detail: null });
  });

  it('lets a viewer read a runbook but never tick for it', async () => {
    const fake = createFakeRunbooks();
    fake.startSession('viewer');
    const { detail } = fake.stores;
    await detail.getState().open('drills/app-crash');
    expect(await detail.getState().tick('step-1', true)).toBe(false);
    expect(fake.callsOf('runbooks.tick')).toEqual([]);
    expect(detail.getState().error).toMatch(/read-only viewer/);
  });
});

describe('runs store', () => {
  it('sends pause, resume, stop, skip and retry for the run, and takes the run the host answers', async () => {
    const fake = asOperator();
    const { runs } = fake.stores;
    fake.handle('runs.control', ({ action }) =>
      runState({ status: action === 'pause' ? 'paused' : 'running' }),
    );
    for (const action of ['pause', 'resume', 'stop', 'skip', 'retry'] as const) {
      expect(await runs.getState().control('r7', action)).toBe(true);
    }
    expect(fake.callsOf('runs.control').map((call) => call.action)).toEqual([
      'pause',
      'resume',
      'stop',
      'skip',
      'retry',
    ]);
    expect(runs.getState().runs.r7?.status).toBe('running');
  });

  it('answers a confirmation with approve or stop, one call at a time', async () => {
    const fake = asOperator();
    const { runs } = fake.stores;
    let answer: (run: ReturnType<typeof runState>) => void = () => undefined;
    fake.handle('runs.confirm', () => new Promise((resolve) => (answer = resolve)));
    const approving = runs.getState().confirm('r7', 'kill-app', true);
    expect(await runs.getState().confirm('r7', 'kill-app', false)).toBe(false);
    answer(runState({ currentStepId: 'kill-app', confirmation: null }));
    expect(await approving).toBe(true);
    expect(fake.callsOf('runs.confirm')).toEqual([{ runId: 'r7', stepId: 'kill-app', approve: true }]);
  });

  it('says what failed in the host’s words', async () => {
    const fake = asOperator();
    fake.handle('runs.control', () => {
      throw new ApiError('refused', 'the run r7 has ended');
    });
    expect(await fake.stores.runs.getState().control('r7', 'retry')).toBe(false);
    expect(fake.stores.runs.getState().error).toBe('Could not retry the step: the run r7 has ended');
  });

  it('lets a viewer watch runs but never control or confirm them', async () => {
    const fake = createFakeRunbooks();
    fake.startSession('viewer');
    const { runs } = fake.stores;
    expect(await runs.getState().control('r7', 'stop')).toBe(false);
    expect(await runs.getState().confirm('r7', 'kill-app', true)).toBe(false);
    expect(fake.calls).toEqual([]);
    fake.setRuns([runState()]);
    await runs.getState().refresh();
    expect(selectRunFor(runs.getState(), 'drills/app-crash')?.runId).toBe('r7');
  });

  it('follows the run going on, else the latest to start', () => {
    const fake = asOperator();
    const { runs } = fake.stores;
    runs.getState().apply(runState({ runId: 'r1', status: 'passed', startedAt: DAY_START + 9_000 }));
    runs.getState().apply(runState({ runId: 'r2', status: 'failed', startedAt: DAY_START + 1_000 }));
    expect(selectRunFor(runs.getState(), 'drills/app-crash')?.runId).toBe('r1');
    runs.getState().apply(runState({ runId: 'r3', status: 'paused', startedAt: DAY_START }));
    expect(selectRunFor(runs.getState(), 'drills/app-crash')?.runId).toBe('r3');
    expect(selectRunFor(runs.getState(), 'drills/other')).toBeNull();
  });

  it('counts the steps behind the run and offers Skip and Retry only where they apply', () => {
    const run = runState({
      steps: [
        stepRun('step-1', { status: 'passed' }),
        stepRun('kill-app', { status: 'failed', exitCode: 1 }),
        stepRun('health-up', { status: 'pending' }),
      ],
      status: 'failed',
    });
    expect(runProgress(run)).toEqual({ done: 2, total: 3 });
    expect(stepRemedies(run, run.steps[1] ?? null)).toEqual({ skip: true, retry: true });
    expect(stepRemedies(run, run.steps[0] ?? null)).toEqual({ skip: false, retry: false });
    const waiting = stepRun('step-1', { status: 'waiting' });
    expect(stepRemedies(runState(), waiting)).toEqual({ skip: true, retry: false });
    expect(stepRemedies(runState({ status: 'stopped' }), run.steps[1] ?? null)).toEqual({
      skip: false,
      retry: false,
    });
  });
});
