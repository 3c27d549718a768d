import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Journal } from '../../../electron/host/journal/journal';
import { exportDay, findDay } from '../../../electron/host/journal/journalExport';
import { appendToDay } from '../../../electron/host/journal/journalWrites';
import { openJournalWithFallback } from '../../../electron/host/journal/openJournalWithFallback';
import { type HostSession, WarroomHost } from '../../../electron/host/warroomHost';
import type { EventName, EventPayload } from '../../../shared/api';
import type { RunbookDetail, RunbookSummary, RunPlan, RunState } from '../../../shared/runbookRunTypes';

const WITHIN_MS = 15_000;

const WORKSPACE = [
  'environments:',
  '  staging:',
  '    variables: { NAMESPACE: shop }',
  '    secrets: [API_TOKEN]',
  '',
].join('\n');

const CHECKLIST = [
  '---',
  'title: Before the test',
  'kind: checklist',
  'phase: 24h-before',
  '---',
  '# Before the test',
  '- [ ] Backups verified',
  '- [ ] On-call told',
  '```sh {"name":"greet"}',
  'echo "namespace $NAMESPACE token $API_TOKEN"',
  '```',
  '',
].join('\n');

const SECRET = 'tok-7f3a-planted-secret';

describe('runbooks through the host', () => {
  let dir: string;
  let host: WarroomHost;
  let session: HostSession;
  let runs: RunState[];
  let lists: RunbookSummary[][];

  async function call<T>(method: string, params: object): Promise<T> {
    return (await session.call(method, params)) as T;
  }

  async function until<T>(read: () => T | undefined, what: string): Promise<T> {
    const started = performance.now();
    while (performance.now() - started < WITHIN_MS) {
      const value = read();
      if (value !== undefined) return value;
      await delay(25);
    }
    throw new Error(`not within ${WITHIN_MS} ms: ${what}`);
  }

  function openHost(): void {
    const journal = openJournalWithFallback(join(dir, 'journal.sqlite'));
    host = new WarroomHost({ workspace: dir, version: 'test', journal });
    runs = [];
    lists = [];
    session = host.openSession('operator', {
      send<E extends EventName>(event: E, payload: EventPayload<E>) {
        if (event === 'runs.changed') runs.push(payload as RunState);
        if (event === 'runbooks.changed') lists.push(payload as RunbookSummary[]);
      },
    });
  }

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'warroom-runbooks-'));
    writeFileSync(join(dir, 'warroom.yaml'), WORKSPACE);
    mkdirSync(join(dir, 'checklists'));
    writeFileSync(join(dir, 'checklists', 'before.md'), CHECKLIST);
    openHost();
    await session.call('session.hello', { clientId: 'runbooks-test' });
  });

  afterEach(async () => {
    await host.shutdown();
    rmSync(dir, { recursive: true, force: true });
  });

  it('lists the runbooks, ticks checks with who and when, and keeps a planted secret out of output, journal and export', async () => {
    const list = await call<RunbookSummary[]>('runbooks.list', {});
    expect(list).toMatchObject([
      {
        id: 'checklists/before',
        title: 'Before the test',
        kind: 'checklist',
        phase: '24h-before',
        stepCount: 3,
      },
    ]);
    const checks = await call<RunbookDetail['checks']>('runbooks.tick', {
      id: 'checklists/before',
      stepId: 'step-1',
      checked: true,
    });
    expect(checks).toMatchObject([{ stepId: 'step-1', checked: true }]);

    const plan = await call<RunPlan>('runs.plan', { id: 'checklists/before' });
    expect(plan.variables).toEqual([
      { name: 'NAMESPACE', prompt: 'NAMESPACE', secret: false, value: 'shop', source: 'environment' },
      { name: 'API_TOKEN', prompt: 'API_TOKEN', secret: true, value: null, source: 'prompt' },
    ]);
    await expect(
      call('runs.start', { id: 'checklists/before', values: {}, stepId: 'greet' }),
    ).rejects.toThrow(/API_TOKEN has no value/);
    const started = await call<RunState>('runs.start', {
      id: 'checklists/before',
      values: { API_TOKEN: SECRET },
      stepId: 'greet',
    });
    const ended = await until(
      () => runs.find((run) => run.runId === started.runId && run.finishedAt !== null),
      'the run to end',
    );
    expect(ended.status).toBe('passed');
    expect(ended.steps[0]?.outputTail).toBe('namespace shop token [secret API_TOKEN]');

    const detail = await call<RunbookDetail>('runbooks.get', { id: 'checklists/before' });
    expect(detail.history).toMatchObject([
      {
        runId: started.runId,
        status: 'passed',
        environment: 'staging',
        steps: [{ stepId: 'greet', title: 'greet' }],
      },
    ]);
    expect(detail.checks).toMatchObject([{ stepId: 'step-1', checked: true }]);
    const relisted = await until(
      () => lists.at(-1)?.[0]?.lastRun ?? undefined,
      'the list to show the last run',
    );
    expect(relisted.status).toBe('passed');

    const transcript = await call<{ text: string }>('journal.transcript', {
      id: ended.steps[0]?.transcriptId,
    });
    expect(transcript.text).toContain('token [secret API_TOKEN]');
    await host.shutdown();
    const bytes = readFileSync(join(dir, 'journal.sqlite')).toString('latin1');
    expect(bytes).not.toContain(SECRET);
    const journal = Journal.open(join(dir, 'journal.sqlite'), { readonly: true });
    const exported = JSON.stringify(exportDay(journal, findDay(journal)));
    await journal.close();
    expect(exported).toContain('[secret API_TOKEN]');
    expect(exported).not.toContain(SECRET);
    openHost();
  });

  it('refuses a second run of a runbook that is running, and stops the first when asked', async () => {
    mkdirSync(join(dir, 'drills'));
    writeFileSync(
      join(dir, 'drills', 'slow.md'),
      ['---', 'title: Slow', 'kind: drill', '---', '```sh {"name":"wait"}', 'sleep 30', '```', ''].join('\n'),
    );
    await until(
      () => lists.at(-1)?.find((runbook) => runbook.id === 'drills/slow'),
      'the new runbook to be listed',
    );
    const first = await call<RunState>('runs.start', { id: 'drills/slow', values: {} });
    await expect(call('runs.start', { id: 'drills/slow', values: {} })).rejects.toThrow(
      `drills/slow is already running (run ${first.runId}, started by`,
    );
    await until(
      () => runs.find((run) => run.runId === first.runId && run.steps[0]?.status === 'running'),
      'the step to run',
    );
    await call('runs.control', { runId: first.runId, action: 'stop' });
    const ended = await until(
      () => runs.find((run) => run.runId === first.runId && run.finishedAt !== null),
      'the run to end',
    );
    expect(ended).toMatchObject({ status: 'stopped', reason: expect.stringMatching(/^stopped by /) });
    expect(ended.steps[0]).toMatchObject({ status: 'stopped', message: 'stopped while it ran' });
  });

  it('marks a run that a previous Warroom left open as interrupted', async () => {
    await host.shutdown();
    const journal = openJournalWithFallback(join(dir, 'journal.sqlite'));
    await journal.journal.write(
      appendToDay({
        kind: 'runbook.started',
        actor: 'ana',
        subject: 'Ran Before the test',
        payload: {
          runId: 'r0ld',
          runbookId: 'checklists/before',
          environment: 'staging',
          title: 'Before the test',
        },
      }),
    );
    await journal.journal.close();
    openHost();
    await session.call('session.hello', { clientId: 'runbooks-test' });
    // The host closes such runs as it starts; the write lands with the next commit.
    let history: RunbookDetail['history'] = [];
    for (const started = performance.now(); performance.now() - started < WITHIN_MS; await delay(25)) {
      history = (await call<RunbookDetail>('runbooks.get', { id: 'checklists/before' })).history;
      if (history[0]?.status === 'interrupted') break;
    }
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({
      runId: 'r0ld',
      status: 'interrupted',
      reason: 'Warroom stopped while this run was going on',
    });
  });
});
