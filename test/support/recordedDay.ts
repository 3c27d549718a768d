import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as issueWrites from '../../electron/host/journal/issueWrites';
import { SYSTEM_ACTOR } from '../../electron/host/journal/journalConstants';
import type { DayExport } from '../../electron/host/journal/journalExport';
import { exportDay } from '../../electron/host/journal/journalExport';
import * as writes from '../../electron/host/journal/journalWrites';
import { importK6Summary } from '../../electron/host/k6/summary/k6SummaryImport';
import { k6SummaryEvent } from '../../electron/host/k6/summary/summaryEvent';
import { AlertsTracker } from '../../electron/host/metrics/alerts/alertsTracker';
import { thresholdEvent } from '../../electron/host/metrics/dashboard/thresholdEvents';
import { TargetTracker } from '../../electron/host/metrics/targets/targetTracker';
import { journalRunRecorder } from '../../electron/host/runbooks/execution/journalRunRecorder';
import { parseRunbook } from '../../electron/host/runbooks/parse/parseRunbook';
import type { SnapshotContent } from '../../shared/journalTypes';
import type { RunState, StepRun } from '../../shared/runbookRunTypes';
import type { ProbeStep, Runbook } from '../../shared/runbookTypes';
import type { Panel } from '../../shared/workspace/workspaceTypes';
import { K6_SAMPLES } from './k6Samples';
import { type ScratchJournal, scratchJournal } from './scratchJournal';

/** The moment every test day starts, so times in assertions are readable offsets from it. */
export const DAY_START = Date.UTC(2026, 2, 10, 9, 0, 0);

/** A dashboard of two targeted panels: a P95 latency (ms) and a 5xx error rate (percent). */
export const PANELS: Panel[] = [
  panel('latency', 'Latency', 'ms', {
    expr: 'histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket[1m]))) * 1000',
    legend: 'p95',
    target: { comparator: '<', value: 300, forMs: 0 },
  }),
  panel('errors', 'Error rate', 'percent', {
    expr: 'sum(rate(http_requests_total{code=~"5.."}[1m])) / sum(rate(http_requests_total[1m])) * 100',
    legend: '5xx',
    target: { comparator: '<', value: 0.5, forMs: 0 },
  }),
];

function panel(id: string, title: string, unit: Panel['unit'], query: Panel['queries'][number]): Panel {
  return {
    id,
    title,
    type: 'timeseries',
    unit,
    decimals: null,
    refreshMs: 5000,
    queries: [query],
    k6: null,
    row: 'Service',
  };
}

/**
 * A test day recorded into a real journal through the host's own write operations, with a clock
 * the test moves (`at(offsetMs)`), exported with exportDay at the end.
 */
export class RecordedDay {
  now = DAY_START;
  readonly scratch: ScratchJournal;

  private constructor() {
    this.scratch = scratchJournal({ clock: () => this.now });
  }

  static async start(name = 'Peak load rehearsal'): Promise<RecordedDay> {
    const day = new RecordedDay();
    await day.journal.write(
      writes.startDay({ name, environment: 'staging', operators: ['ana', 'bob'] }, 'ana'),
    );
    return day;
  }

  get journal() {
    return this.scratch.journal;
  }

  /** Moves the clock to `offsetMs` after the day's start. */
  at(offsetMs: number): this {
    this.now = DAY_START + offsetMs;
    return this;
  }

  async command(command: string, exitCode: number, durationMs: number, finished = true): Promise<void> {
    const startedAt = this.now;
    await this.journal.write(
      writes.appendToDay({
        kind: 'command.started',
        actor: 'ana',
        subject: command,
        payload: { terminalId: 't1', command, cwd: '/srv' },
      }),
    );
    if (!finished) return;
    this.now += durationMs;
    await this.journal.write(
      writes.recordCommandFinished(
        {
          terminalId: 't1',
          command,
          cwd: '/srv',
          startedAt,
          finishedAt: this.now,
          exitCode,
          output: 'ok\n',
          truncated: false,
        },
        'ana',
      ),
    );
  }

  /** Feeds values to the panel's real target tracker and journals its transitions as the poller does. */
  async panelValues(panelId: string, values: Array<[offsetMs: number, value: number]>): Promise<void> {
    const polled = PANELS.find((one) => one.id === panelId);
    const target = polled?.queries[0]?.target;
    if (!polled || !target) throw new Error(`no targeted panel ${panelId}`);
    const tracker = this.trackers[panelId] ?? new TargetTracker(target);
    this.trackers[panelId] = tracker;
    for (const [offsetMs, value] of values) {
      this.at(offsetMs);
      const transition = tracker.observe(this.now, [value]);
      if (!transition) continue;
      const event = thresholdEvent(polled, 0, target, transition);
      await this.journal.write(writes.appendToDay({ ...event, actor: SYSTEM_ACTOR }));
    }
  }

  private readonly trackers: Record<string, TargetTracker> = {};
  private readonly alerts = new AlertsTracker();

  /** The alerts Prometheus answers now; firing and resolving are journaled as the alerts poller does. */
  async alertsNow(alerts: Array<{ name: string; severity: string }>): Promise<void> {
    const { events } = this.alerts.observe(
      this.now,
      alerts.map(({ name, severity }) => ({
        labels: { alertname: name, severity },
        annotations: { summary: `${name} is firing` },
        state: 'firing' as const,
        activeAt: this.now / 1000,
        value: 1,
      })),
    );
    for (const event of events)
      await this.journal.write(writes.appendToDay({ ...event, actor: SYSTEM_ACTOR }));
  }

  /** Imports a real k6 summary sample, as `warroom k6 import` does. */
  k6Sample(sample: string): Promise<void> {
    return this.k6Summary(sample, readFileSync(join(K6_SAMPLES, sample), 'utf8'));
  }

  /** Imports a k6 summary file's text, as `warroom k6 import` does. */
  async k6Summary(sample: string, text: string): Promise<void> {
    const imported = importK6Summary(text, sample);
    if (!imported.ok) throw new Error(imported.problem.message);
    await this.journal.write(writes.appendToDay(k6SummaryEvent(imported.summary, sample, 'ana')));
  }

  async k6Threshold(key: string, verdict: 'ok' | 'failed', observed: number): Promise<void> {
    const [metricKey = key, expression = ''] = key.split(': ');
    await this.journal.write(
      writes.appendToDay({
        kind: verdict === 'failed' ? 'k6.threshold.failed' : 'k6.threshold.recovered',
        actor: SYSTEM_ACTOR,
        subject: `k6 threshold ${key} ${verdict}`,
        payload: {
          key,
          metricKey,
          expression,
          origin: 'output',
          verdict,
          since: this.now,
          abortOnFail: false,
          wouldAbort: false,
          observed,
          line: null,
        },
      }),
    );
  }

  /** A note as a person types it in the journal: free text, possibly several lines. */
  async note(text: string, actor = 'bob'): Promise<void> {
    await this.journal.write(writes.addNote(text, actor));
  }

  async load(vus: number): Promise<void> {
    await this.journal.write(
      writes.appendToDay({
        kind: 'load.started',
        actor: 'bob',
        subject: `Load "ramp" started: up to ${vus} users`,
        payload: { profile: 'ramp', vus, rampUpSeconds: 30, holdSeconds: 60, rampDownSeconds: 10 },
      }),
    );
  }

  async snapshot(label: string, content: SnapshotContent): Promise<void> {
    await this.journal.write(writes.takeSnapshot(label, content, 'ana'));
  }

  async issue(title: string, severity: number, content: SnapshotContent = NO_SERIES) {
    return this.journal.write(issueWrites.logIssue({ title, severity, owner: 'bob' }, 'ana', content));
  }

  /**
   * Runs a drill as the executor journals one, through the real run recorder: `recoveryMs` is how
   * long its recovery probe took (null: it missed its deadline and the run failed).
   */
  async drill(runId: string, recoveryMs: number | null): Promise<void> {
    const runbook = DRILL();
    const recorder = journalRunRecorder(this.journal);
    const [crash, recovery] = runbook.steps as [Runbook['steps'][number], ProbeStep];
    const run: RunState = {
      runId,
      runbookId: runbook.id,
      title: runbook.title,
      kind: runbook.kind,
      environment: 'staging',
      startedBy: 'bob',
      startedAt: this.now,
      finishedAt: null,
      status: 'running',
      scope: 'all',
      steps: runbook.steps.map((step) => stepRun(step.id, 'pending', null, null)),
      rollbacks: [],
      currentStepId: null,
      confirmation: null,
      reason: null,
    };
    await recorder.runStarted(
      run,
      {},
      Object.fromEntries(runbook.steps.map((step) => [step.id, step.title])),
    );
    const crashed = stepRun(crash.id, 'passed', this.now, this.now + 2000, 0);
    this.now += 2000;
    await recorder.stepChanged(run, crash, crashed, false);
    const passed = recoveryMs !== null;
    const elapsedMs = recoveryMs ?? recovery.withinMs;
    this.now += elapsedMs;
    await recorder.probeResult(run, recovery, 'GET http://127.0.0.1/health', {
      passed,
      stopped: false,
      message: passed ? 'status 200, UP' : 'status 503, expected 200',
      checks: 5,
      elapsedMs,
    });
    const recovered = stepRun(recovery.id, passed ? 'passed' : 'failed', this.now - elapsedMs, this.now);
    await recorder.stepChanged(run, recovery, recovered, false);
    await recorder.runFinished({
      ...run,
      steps: [crashed, recovered],
      finishedAt: this.now,
      status: passed ? 'passed' : 'failed',
      reason: passed ? null : `probe ${recovery.id} missed its ${recovery.withinMs / 1000}s deadline`,
    });
  }

  async end(decision?: { decision: 'go' | 'no-go'; reason: string }): Promise<void> {
    await this.journal.write(writes.endDay(decision ?? {}, 'ana'));
  }

  /** The day as exportDay gives it, exported at the clock's moment. */
  exported(): DayExport {
    const info = this.journal.days()[0];
    if (!info) throw new Error('no day recorded');
    return exportDay(this.journal, info, new Date(this.now));
  }

  dispose(): Promise<void> {
    return this.scratch.dispose();
  }
}

/** An issue's snapshot taken with no dashboard: no series. */
export const NO_SERIES: SnapshotContent = { takenAt: DAY_START, panels: [] };

/** A snapshot of the dashboard as panelSnapshot freezes it: the P95 and error series, and the alerts panel. */
export function dashboardSnapshot(
  takenAt: number,
  latency: Array<[number, number]>,
  errors: Array<[number, number]>,
): SnapshotContent {
  return {
    takenAt,
    panels: [
      { title: 'Latency', unit: 'ms', series: [{ name: 'p95', points: latency }] },
      { title: 'Error rate', unit: 'percent', series: [{ name: '5xx', points: errors }] },
      {
        title: 'Alerts',
        unit: 'alerts',
        series: [],
        values: { 'critical firing': 0, firing: 0, pending: 0 },
      },
    ],
  };
}

const DRILL_TEXT = `---
title: App crash
kind: drill
---

# App crash

## Crash

\`\`\`sh {"name":"crash-app"}
echo crash
\`\`\`

## Recovery

\`\`\`probe
name: health-up
type: http
url: http://127.0.0.1:1/health
status: 200
within: 30s
interval: 1s
\`\`\`
`;

function DRILL(): Runbook {
  const parsed = parseRunbook({ file: 'drills/app-crash.md', id: 'app-crash', text: DRILL_TEXT });
  if (!parsed.runbook || parsed.problems.length > 0) {
    throw new Error(`the test drill does not parse: ${JSON.stringify(parsed.problems)}`);
  }
  return parsed.runbook;
}

/** A step's run as the executor holds it, for runs recorded through the real run recorder. */
export function stepRun(
  stepId: string,
  status: StepRun['status'],
  startedAt: number | null,
  finishedAt: number | null,
  exitCode: number | null = null,
): StepRun {
  return {
    stepId,
    status,
    attempts: status === 'pending' ? 0 : 1,
    startedAt,
    finishedAt,
    exitCode,
    terminalId: null,
    transcriptId: null,
    outputTail: '',
    message: null,
  };
}

/** A handleSummary(data) file of a run, in the shape of the real sample, with the figures a report reads. */
export function handleSummaryText(run: { p95Ms: number; failedRate: number; vusMax: number }): string {
  const p95Holds = run.p95Ms < 300;
  return JSON.stringify({
    root_group: { name: '', path: '', id: 'd41d8cd98f00b204e9800998ecf8427e', groups: [], checks: [] },
    options: { summaryTrendStats: ['avg', 'p(95)', 'p(99)'], summaryTimeUnit: '', noColor: false },
    state: { isStdOutTTY: false, isStdErrTTY: false, testRunDurationMs: 120000 },
    metrics: {
      http_reqs: { type: 'counter', contains: 'default', values: { count: 12000, rate: 100 } },
      http_req_duration: {
        type: 'trend',
        contains: 'time',
        values: { avg: run.p95Ms / 2, 'p(95)': run.p95Ms, 'p(99)': run.p95Ms * 1.5 },
        thresholds: { 'p(95)<300': { ok: p95Holds } },
      },
      http_req_failed: {
        type: 'rate',
        contains: 'default',
        values: { rate: run.failedRate, passes: 12000 * run.failedRate, fails: 12000 * (1 - run.failedRate) },
        thresholds: { 'rate<0.01': { ok: run.failedRate < 0.01 } },
      },
      checks: { type: 'rate', contains: 'default', values: { rate: 1, passes: 12000, fails: 0 } },
      vus_max: {
        type: 'gauge',
        contains: 'default',
        values: { value: run.vusMax, min: run.vusMax, max: run.vusMax },
      },
    },
  });
}

/** Latency and errors well inside their targets over the first ten minutes. */
export const HEALTHY_SNAPSHOT: SnapshotContent = dashboardSnapshot(
  DAY_START + 600_000,
  [
    [DAY_START + 60_000, 180],
    [DAY_START + 300_000, 240],
  ],
  [
    [DAY_START + 60_000, 0.1],
    [DAY_START + 300_000, 0.2],
  ],
);

/** A day where everything held: a warning alert came and went, the drill recovered, snapshots show both panels' data, k6 passed. */
export async function healthyDay(): Promise<RecordedDay> {
  const day = await RecordedDay.start();
  await day.at(30_000).alertsNow([{ name: 'HighLatency', severity: 'warning' }]);
  await day.at(90_000).alertsNow([]);
  await day.at(120_000).drill('r1a', 12_000);
  await day.at(600_000).snapshot('steady state', HEALTHY_SNAPSHOT);
  await day
    .at(700_000)
    .k6Summary('run.json', handleSummaryText({ p95Ms: 240, failedRate: 0.001, vusMax: 300 }));
  return day;
}
