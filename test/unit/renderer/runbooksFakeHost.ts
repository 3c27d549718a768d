import { createRunbookStores } from '../../../renderer/state/runbooks/runbookStores';
import { runbooksAccess } from '../../../renderer/state/runbooks/runbooksAccess';
import type {
  CheckState,
  RunbookDetail,
  RunbookSummary,
  RunPlan,
  RunState,
  RunSummary,
  StepRun,
} from '../../../shared/runbookRunTypes';
import type { Runbook } from '../../../shared/runbookTypes';
import { createFakeHost } from './fakeHost';

/** 2026-11-23 14:00:00 UTC: the test day. */
export const DAY_START = Date.UTC(2026, 10, 23, 14, 0, 0);

export function summary(id: string, overrides: Partial<RunbookSummary> = {}): RunbookSummary {
  return {
    id,
    title: id,
    kind: null,
    phase: null,
    stepCount: 1,
    problemCount: 0,
    lastRun: null,
    ...overrides,
  };
}

export function runSummary(overrides: Partial<RunSummary> = {}): RunSummary {
  return {
    runId: 'r1',
    runbookId: 'drills/app-crash',
    environment: 'sandbox',
    startedBy: 'ana',
    startedAt: DAY_START,
    finishedAt: DAY_START + 40_000,
    status: 'passed',
    reason: null,
    steps: [{ stepId: 'kill-app', title: 'kill-app', status: 'passed', exitCode: 0 }],
    ...overrides,
  };
}

/** A drill with a check, a confirmed command and a probe: the three kinds of step. */
export function drillRunbook(): Runbook {
  const place = { section: ['App crash'], only: [], except: [], column: 1 };
  return {
    id: 'drills/app-crash',
    file: '/ws/drills/app-crash.md',
    title: 'App crash drill',
    kind: 'drill',
    phase: 'during',
    description: 'Kill the app and check it is back within 30 s',
    variables: [
      { name: 'NAMESPACE', prompt: 'NAMESPACE', default: 'shop', secret: false },
      { name: 'REDIS_PASSWORD', prompt: 'Redis password', default: null, secret: true },
    ],
    steps: [
      {
        ...place,
        id: 'step-1',
        name: null,
        line: 8,
        title: 'Load is running',
        type: 'check',
        text: 'Load is running',
      },
      {
        ...place,
        id: 'kill-app',
        name: 'kill-app',
        line: 10,
        title: 'kill-app',
        type: 'command',
        language: 'sh',
        script: 'kill "$(cat app.pid)"',
        cwd: null,
        background: false,
        interactive: false,
        excludeFromRunAll: false,
        confirm: true,
        timeoutMs: 60_000,
        rollback: null,
        continueOnError: false,
        env: {},
      },
      {
        ...place,
        id: 'health-up',
        name: 'health-up',
        line: 14,
        title: 'health-up',
        type: 'probe',
        probe: {
          type: 'http',
          url: 'http://127.0.0.1:4290/health',
          method: 'GET',
          status: 200,
          json: { path: '$.status', equals: 'UP' },
          body: null,
          headers: {},
        },
        mode: 'once',
        withinMs: 30_000,
        intervalMs: 1_000,
        continueOnError: false,
      },
    ],
    blocks: [
      { type: 'heading', depth: 1, content: [{ type: 'text', value: 'App crash' }] },
      { type: 'list', ordered: false, items: [[{ type: 'step', stepId: 'step-1' }]] },
      { type: 'step', stepId: 'kill-app' },
      { type: 'step', stepId: 'health-up' },
    ],
  };
}

export function detailOf(overrides: Partial<RunbookDetail> = {}): RunbookDetail {
  return {
    id: 'drills/app-crash',
    runbook: drillRunbook(),
    problems: [],
    checks: [],
    history: [],
    ...overrides,
  };
}

export function stepRun(stepId: string, overrides: Partial<StepRun> = {}): StepRun {
  return {
    stepId,
    status: 'pending',
    attempts: 0,
    startedAt: null,
    finishedAt: null,
    exitCode: null,
    terminalId: null,
    transcriptId: null,
    outputTail: '',
    message: null,
    ...overrides,
  };
}

export function runState(overrides: Partial<RunState> = {}): RunState {
  return {
    runId: 'r7',
    runbookId: 'drills/app-crash',
    title: 'App crash drill',
    kind: 'drill',
    environment: 'sandbox',
    startedBy: 'ana',
    startedAt: DAY_START,
    finishedAt: null,
    status: 'running',
    scope: 'all',
    steps: [stepRun('step-1'), stepRun('kill-app'), stepRun('health-up')],
    rollbacks: [],
    currentStepId: 'step-1',
    confirmation: null,
    reason: null,
    ...overrides,
  };
}

export function runPlan(overrides: Partial<RunPlan> = {}): RunPlan {
  return {
    runbookId: 'drills/app-crash',
    environment: 'sandbox',
    environments: ['sandbox', 'staging'],
    variables: [
      { name: 'NAMESPACE', prompt: 'NAMESPACE', secret: false, value: 'shop', source: 'default' },
      { name: 'REDIS_PASSWORD', prompt: 'Redis password', secret: true, value: null, source: 'prompt' },
    ],
    canRemember: true,
    cannotRememberReason: null,
    confirmations: [{ stepId: 'kill-app', reasons: ['confirm on the step', 'kill'] }],
    ...overrides,
  };
}

export function tick(stepId: string, by: string, at: number, checked = true): CheckState {
  return { stepId, checked, by, at };
}

/** The fake host answering the runbook methods from what the test sets, with the runbook stores on it. */
export function createFakeRunbooks() {
  const fake = createFakeHost();
  let summaries: RunbookSummary[] = [];
  let detail = detailOf();
  let runs: RunState[] = [];
  fake.handle('runbooks.list', () => summaries);
  fake.handle('runbooks.get', () => detail);
  fake.handle('runs.list', () => runs);
  fake.handle('runs.plan', ({ environment }) => runPlan(environment ? { environment } : {}));
  const stores = createRunbookStores(runbooksAccess(fake.host.api, fake.host.connection));
  return {
    ...fake,
    stores,
    setSummaries: (next: RunbookSummary[]) => {
      summaries = next;
    },
    setDetail: (next: RunbookDetail) => {
      detail = next;
    },
    setRuns: (next: RunState[]) => {
      runs = next;
    },
  };
}
