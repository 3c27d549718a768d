import { afterEach, describe, expect, it } from 'vitest';
import { buildReport } from '../../../electron/host/report/buildReport';
import {
  DAY_START,
  dashboardSnapshot,
  handleSummaryText,
  PANELS,
  RecordedDay,
} from '../../support/recordedDay';

describe('report model: summary, timeline and commands', () => {
  let day: RecordedDay;
  afterEach(() => day.dispose());

  it('sums the day up: who, when, how long, the decision, the counts and the peak load with its source', async () => {
    day = await RecordedDay.start();
    await day.at(60_000).load(120);
    await day.at(120_000).command('kubectl get pods', 0, 800);
    await day.at(180_000).command('kubectl rollout restart deploy/api', 1, 1500);
    await day.at(200_000).issue('p95 over 300 ms', 2);
    await day.at(240_000).issue('checkout 500s', 1);
    await day
      .at(300_000)
      .k6Summary('run.json', handleSummaryText({ p95Ms: 250, failedRate: 0.002, vusMax: 400 }));
    await day.at(3_600_000).end({ decision: 'no-go', reason: 'checkout fails under load' });

    const { summary } = buildReport({ day: day.exported(), signoff: [], panels: PANELS });

    expect(summary).toMatchObject({
      dayName: 'Peak load rehearsal',
      environment: 'staging',
      operators: ['ana', 'bob'],
      startedAtMs: DAY_START,
      endedAtMs: DAY_START + 3_600_000,
      durationMs: 3_600_000,
      ongoing: false,
      decision: {
        decision: 'no-go',
        reason: 'checkout fails under load',
        by: 'ana',
        atMs: DAY_START + 3_600_000,
      },
    });
    const seqOf = (kind: string) =>
      day
        .exported()
        .events.filter((event) => event.kind === kind)
        .map((e) => e.seq);
    expect(summary.decision?.evidence).toEqual(seqOf('decision'));
    expect(summary.counts).toMatchObject({
      events: day.exported().events.length,
      commands: 2,
      failedCommands: 1,
      snapshots: 2,
    });
    expect(summary.counts.failedCommandEvidence).toEqual(seqOf('command.finished').slice(1));
    expect(summary.counts.issuesBySeverity).toEqual([
      { severity: 1, count: 1 },
      { severity: 2, count: 1 },
      { severity: 3, count: 0 },
      { severity: 4, count: 0 },
      { severity: 5, count: 0 },
    ]);
    // k6's 400 VUs beat the sandbox load's 120.
    expect(summary.peakLoad).toEqual({
      virtualUsers: 400,
      source: 'k6.summary vus_max',
      evidence: seqOf('k6.summary'),
    });
  });

  it('says no data for the peak load, no decision, and measures an open day up to its export', async () => {
    day = await RecordedDay.start();
    await day.at(90_000).command('uptime', 0, 100);
    day.at(600_000);

    const { summary, asOfMs } = buildReport({ day: day.exported(), signoff: [] });

    expect(asOfMs).toBe(DAY_START + 600_000);
    expect(summary).toMatchObject({
      endedAtMs: null,
      ongoing: true,
      durationMs: 600_000,
      decision: null,
      peakLoad: null,
    });
  });

  it('lists every command with its exit code and duration, marking one that never finished', async () => {
    day = await RecordedDay.start();
    await day.at(10_000).command('make check', 0, 2500);
    await day.at(20_000).command('tail -f app.log', 0, 0, false);
    await day.at(30_000).command('false', 1, 40);

    const { commands } = buildReport({ day: day.exported(), signoff: [] });

    expect(
      commands.commands.map(({ command, exitCode, durationMs, unfinished, startedAtMs }) => ({
        command,
        exitCode,
        durationMs,
        unfinished,
        at: startedAtMs - DAY_START,
      })),
    ).toEqual([
      { command: 'make check', exitCode: 0, durationMs: 2500, unfinished: false, at: 10_000 },
      { command: 'tail -f app.log', exitCode: null, durationMs: null, unfinished: true, at: 20_000 },
      { command: 'false', exitCode: 1, durationMs: 40, unfinished: false, at: 30_000 },
    ]);
    expect(commands.commands.map((one) => one.evidence.length)).toEqual([2, 1, 2]);
    expect(commands.commands[0]).toMatchObject({ terminalId: 't1', cwd: '/srv', actor: 'ana' });
  });

  it('puts every event on the timeline in journal order with its actor, subject and severity', async () => {
    day = await RecordedDay.start();
    await day.at(5_000).issue('Redis down', 1);
    await day.at(6_000).snapshot('before the ramp', dashboardSnapshot(DAY_START + 6_000, [], []));

    const exported = day.exported();
    const { timeline } = buildReport({ day: exported, signoff: [] });

    expect(timeline.entries.map((entry) => entry.kind)).toEqual([
      'day.started',
      'issue.opened',
      'snapshot.taken',
      'snapshot.taken',
    ]);
    expect(timeline.entries[1]).toMatchObject({
      atMs: DAY_START + 5_000,
      actor: 'ana',
      subject: 'Redis down',
      severity: 1,
    });
    expect(timeline.entries.map((entry) => entry.seq)).toEqual(exported.events.map((event) => event.seq));
  });
});
