import { afterEach, describe, expect, it } from 'vitest';
import * as issueWrites from '../../../electron/host/journal/issueWrites';
import * as writes from '../../../electron/host/journal/journalWrites';
import { buildReport } from '../../../electron/host/report/buildReport';
import {
  DAY_START,
  dashboardSnapshot,
  handleSummaryText,
  PANELS,
  RecordedDay,
} from '../../support/recordedDay';

describe('report model: issues, runbook runs and the comparison', () => {
  let day: RecordedDay;
  let previous: RecordedDay | null = null;
  afterEach(async () => {
    await day.dispose();
    await previous?.dispose();
    previous = null;
  });

  it('groups issues by severity, SEV1 first, each with its history, owner, resolution, actions and snapshots', async () => {
    day = await RecordedDay.start();
    const minor = await day.at(10_000).issue('Slow admin page', 4);
    const outage = await day.at(20_000).issue('Checkout down', 1);
    await day
      .at(30_000)
      .journal.write(
        issueWrites.addActionItem(
          { issueId: outage.id, text: 'Add a circuit breaker', owner: 'bob', due: '2026-03-20' },
          'ana',
        ),
      );
    await day
      .at(40_000)
      .journal.write(
        issueWrites.updateIssue(
          { id: outage.id, status: 'resolved', comment: 'restarted the payment proxy' },
          'bob',
        ),
      );
    const exported = day.exported();

    const { issues } = buildReport({ day: exported, signoff: [] });

    expect(issues.bySeverity.map((group) => [group.severity, group.issues.map((issue) => issue.id)])).toEqual(
      [
        [1, [outage.id]],
        [4, [minor.id]],
      ],
    );
    const checkout = issues.bySeverity[0]?.issues[0];
    expect(issues.bySeverity[0]?.meaning).toMatch(/^Outage/);
    expect(checkout).toMatchObject({
      title: 'Checkout down',
      status: 'resolved',
      owner: 'bob',
      openedBy: 'ana',
      openedAtMs: DAY_START + 20_000,
      resolvedAtMs: DAY_START + 40_000,
      resolution: 'restarted the payment proxy',
      actionItems: [{ text: 'Add a circuit breaker', owner: 'bob', due: '2026-03-20' }],
      snapshotIds: [2],
    });
    expect(checkout?.events.map((event) => event.kind)).toEqual([
      'issue.opened',
      'snapshot.taken',
      'issue.updated',
      'issue.resolved',
    ]);
    expect(checkout?.evidence).toEqual(checkout?.events.map((event) => event.seq));
    expect(issues.bySeverity[1]?.issues[0]).toMatchObject({
      status: 'open',
      resolvedAtMs: null,
      resolution: null,
    });
  });

  it('lists each runbook run with its outcome, and each step with its result and duration', async () => {
    day = await RecordedDay.start();
    await day.at(60_000).drill('r1a', null);

    const { runbookRuns } = buildReport({ day: day.exported(), signoff: [] });

    expect(runbookRuns.runs).toHaveLength(1);
    expect(runbookRuns.runs[0]).toMatchObject({
      runId: 'r1a',
      runbookId: 'app-crash',
      title: 'App crash',
      kind: 'drill',
      startedBy: 'bob',
      startedAtMs: DAY_START + 60_000,
      finishedAtMs: DAY_START + 92_000,
      durationMs: 32_000,
      outcome: 'failed',
      reason: 'probe health-up missed its 30s deadline',
      recovery: { verdict: 'missed', deadlineMs: 30_000, recoveredInMs: null },
    });
    expect(
      runbookRuns.runs[0]?.steps.map(({ stepId, type, status, durationMs, exitCode }) => ({
        stepId,
        type,
        status,
        durationMs,
        exitCode,
      })),
    ).toEqual([
      { stepId: 'crash-app', type: 'command', status: 'passed', durationMs: 2000, exitCode: 0 },
      { stepId: 'health-up', type: 'probe', status: 'failed', durationMs: 30_000, exitCode: null },
    ]);
  });

  it("gives each step the final status the run's end records: a continuous probe passed, a failed step skipped", async () => {
    day = await RecordedDay.start();
    const run = { runId: 'q1', runbookId: 'latency-spike', environment: 'staging' };
    const step = (stepId: string, type: string, status: string, message: string | null) =>
      day.journal.write(
        writes.appendToDay({
          kind: 'runbook.step',
          actor: 'bob',
          subject: `${stepId}: ${status}`,
          payload: {
            ...run,
            stepId,
            title: stepId,
            type,
            status,
            rollback: false,
            attempts: 1,
            exitCode: null,
            durationMs: null,
            message,
          },
        }),
      );
    await day.at(10_000).journal.write(
      writes.appendToDay({
        kind: 'runbook.started',
        actor: 'bob',
        subject: 'Latency spike',
        payload: {
          ...run,
          title: 'Latency spike',
          kind: 'quickfix',
          scope: 'all',
          steps: ['errors-held', 'scale-out'],
          titles: {},
        },
      }),
    );
    await step('errors-held', 'probe', 'running', null);
    await step('scale-out', 'command', 'failed', 'exit 1');
    await day.at(40_000).journal.write(
      writes.appendToDay({
        kind: 'runbook.finished',
        actor: 'bob',
        subject: 'Latency spike: passed',
        payload: {
          ...run,
          title: 'Latency spike',
          status: 'passed',
          reason: null,
          durationMs: 30_000,
          steps: [
            {
              stepId: 'errors-held',
              status: 'passed',
              exitCode: null,
              attempts: 1,
              message: 'held until the run ended',
            },
            {
              stepId: 'scale-out',
              status: 'skipped',
              exitCode: 1,
              attempts: 1,
              message: 'skipped after it failed',
            },
          ],
          rollbacks: [],
        },
      }),
    );

    const { runbookRuns } = buildReport({ day: day.exported(), signoff: [] });

    expect(
      runbookRuns.runs[0]?.steps.map(({ stepId, type, status, message }) => ({
        stepId,
        type,
        status,
        message,
      })),
    ).toEqual([
      { stepId: 'errors-held', type: 'probe', status: 'passed', message: 'held until the run ended' },
      { stepId: 'scale-out', type: 'command', status: 'skipped', message: 'skipped after it failed' },
    ]);
  });

  it('compares with a previous day: breaches, worst values, peak load, error rate and latency, with the change', async () => {
    previous = await RecordedDay.start('Rehearsal 1');
    await previous.panelValues('latency', [
      [60_000, 480],
      [70_000, 200],
      [80_000, 520],
    ]);
    await previous
      .at(90_000)
      .snapshot('p', dashboardSnapshot(DAY_START + 90_000, [[DAY_START + 60_000, 520]], []));
    await previous
      .at(100_000)
      .k6Summary('r1.json', handleSummaryText({ p95Ms: 450, failedRate: 0.02, vusMax: 200 }));
    await previous.end();
    day = await RecordedDay.start('Rehearsal 2');
    await day
      .at(90_000)
      .snapshot('p', dashboardSnapshot(DAY_START + 90_000, [[DAY_START + 60_000, 260]], []));
    await day
      .at(100_000)
      .k6Summary('r2.json', handleSummaryText({ p95Ms: 250, failedRate: 0.005, vusMax: 400 }));

    const report = buildReport({
      day: day.exported(),
      signoff: [],
      panels: PANELS,
      previous: previous.exported(),
    });

    expect(report.compare).toMatchObject({
      previousDayName: 'Rehearsal 1',
      peakLoad: { before: 200, after: 400, change: 200 },
      errorRate: { before: 0.02, after: 0.005 },
      latencyP95Ms: { before: 450, after: 250, change: -200 },
    });
    expect(report.compare?.errorRate.change).toBeCloseTo(-0.015, 10);
    expect(report.compare?.targets).toEqual([
      {
        panelId: 'latency',
        queryIndex: 0,
        label: 'Latency (p95) < 300',
        breaches: { before: 2, after: 0, change: -2 },
        worst: { before: 520, after: 260, change: -260 },
      },
      {
        panelId: 'errors',
        queryIndex: 0,
        label: 'Error rate (5xx) < 0.5',
        breaches: { before: 0, after: 0, change: 0 },
        worst: { before: null, after: null, change: null },
      },
    ]);
    expect(buildReport({ day: day.exported(), signoff: [] }).compare).toBeNull();
  });
});
