import { afterEach, describe, expect, it } from 'vitest';
import * as writes from '../../../electron/host/journal/journalWrites';
import { buildReport } from '../../../electron/host/report/buildReport';
import type { CriterionResult, ReportModel } from '../../../shared/report/reportModel';
import type { SignoffCriterion } from '../../../shared/workspace/workspaceTypes';
import { DAY_START, healthyDay, PANELS, RecordedDay } from '../../support/recordedDay';

const WORKSPACE_CRITERIA: SignoffCriterion[] = [
  { name: 'Error rate held', description: 'under 0.5 % all day', panel: 'errors' },
  { name: 'Security review signed', description: null, panel: null },
];

/** Latency and errors well inside their targets over the first ten minutes. */

function criterion(report: ReportModel, id: string): CriterionResult {
  const found = report.signoff.criteria.find((one) => one.id === id);
  if (!found) throw new Error(`no criterion ${id}`);
  return found;
}

describe('report model: go-live sign-off', () => {
  let day: RecordedDay;
  afterEach(() => day.dispose());

  it('gives go when every built-in criterion passed, each with its evidence', async () => {
    day = await healthyDay();
    const exported = day.exported();
    const seqs = (kind: string) =>
      exported.events.filter((event) => event.kind === kind).map((event) => event.seq);

    const report = buildReport({ day: exported, signoff: [], panels: PANELS });

    expect(report.signoff.criteria.map(({ id, status, override }) => ({ id, status, override }))).toEqual([
      { id: 'no-critical-alert', status: 'passed', override: null },
      { id: 'k6-thresholds', status: 'passed', override: null },
      { id: 'drills-recovered', status: 'passed', override: null },
      { id: 'p95-under-target', status: 'passed', override: null },
    ]);
    expect(report.signoff).toMatchObject({ verdict: 'go', notPassed: [] });
    expect(criterion(report, 'no-critical-alert').evidence).toEqual(
      [...seqs('alert.firing'), ...seqs('alert.resolved'), ...seqs('snapshot.taken')].sort((a, b) => a - b),
    );
    expect(criterion(report, 'k6-thresholds').evidence).toEqual(seqs('k6.summary'));
    expect(criterion(report, 'drills-recovered').evidence).toEqual([
      ...seqs('probe.result'),
      ...seqs('runbook.finished'),
    ]);
    expect(criterion(report, 'drills-recovered').reason).toContain('1 drill run(s) recovered');
    expect(criterion(report, 'p95-under-target').evidence).toEqual(seqs('snapshot.taken'));
  });

  it('fails on a critical alert and gives no-go naming the criterion', async () => {
    day = await healthyDay();
    await day.at(800_000).alertsNow([{ name: 'CheckoutDown', severity: 'critical' }]);
    const exported = day.exported();
    const firing = exported.events.filter((event) => event.kind === 'alert.firing').at(-1);

    const report = buildReport({ day: exported, signoff: [], panels: PANELS });

    expect(criterion(report, 'no-critical-alert')).toMatchObject({
      status: 'failed',
      reason: '1 critical alert(s) fired: CheckoutDown',
      evidence: [firing?.seq],
    });
    expect(report.signoff.verdict).toBe('no-go');
    expect(report.signoff.notPassed).toEqual(['No critical alert fired']);
    expect(report.signoff.verdictReason).toBe(
      '1 of 4 criteria did not pass: No critical alert fired (failed)',
    );
  });

  it('counts a failed criterion a person overrode, with the reason, as passed; shows it as overridden', async () => {
    day = await healthyDay();
    await day.at(800_000).alertsNow([{ name: 'CheckoutDown', severity: 'critical' }]);
    const reason = 'CheckoutDown fired on the stand-by region, out of scope';
    const overriding = await day
      .at(900_000)
      .journal.write(writes.overrideCriterion('No critical alert fired', reason, 'bob'));
    // An override of a criterion that passed changes nothing.
    await day.journal.write(writes.overrideCriterion('Every k6 threshold passed', 'not needed', 'bob'));

    const report = buildReport({ day: day.exported(), signoff: [], panels: PANELS });

    expect(criterion(report, 'no-critical-alert')).toMatchObject({
      status: 'failed',
      override: { by: 'bob', reason, atMs: DAY_START + 900_000, eventSeq: overriding.seq },
    });
    expect(criterion(report, 'k6-thresholds')).toMatchObject({ status: 'passed', override: null });
    expect(report.signoff).toMatchObject({
      verdict: 'go',
      notPassed: [],
      verdictReason: 'all 4 criteria passed (1 overridden by a person)',
    });
  });

  it('refuses an override once the day has ended: it belongs to the day being recorded', async () => {
    day = await healthyDay();
    await day.end();
    await expect(
      day.journal.write(writes.overrideCriterion('No critical alert fired', 'too late', 'bob')),
    ).rejects.toThrow('no test day is being recorded');
  });

  it('says no data, never passed, for k6 on a day with no k6 data, and no drill and no alerts likewise', async () => {
    day = await RecordedDay.start();
    await day.at(60_000).command('uptime', 0, 100);

    const report = buildReport({ day: day.exported(), signoff: [], panels: PANELS });

    expect(criterion(report, 'k6-thresholds')).toMatchObject({
      status: 'no-data',
      reason: 'no k6 summary or threshold was recorded',
    });
    expect(criterion(report, 'drills-recovered')).toMatchObject({
      status: 'no-data',
      reason: 'no drill was run',
    });
    expect(criterion(report, 'no-critical-alert').status).toBe('no-data');
    expect(criterion(report, 'p95-under-target').status).toBe('no-data');
    expect(report.signoff.verdict).toBe('no-go');
    expect(report.signoff.notPassed).toContain('Every k6 threshold passed');
  });

  it('fails k6 on the real summary sample whose thresholds failed, naming them', async () => {
    day = await RecordedDay.start();
    await day.at(60_000).k6Sample('handlesummary-data-unit.json');

    const report = buildReport({ day: day.exported(), signoff: [] });

    const k6 = criterion(report, 'k6-thresholds');
    expect(k6.status).toBe('failed');
    expect(k6.reason).toContain('my_trend: my_trend<1000');
    expect(k6.reason).toContain('http_reqs: rate<100');
  });

  it('fails k6 on a live threshold failure after a passing summary that never recovered', async () => {
    day = await healthyDay();
    await day.at(900_000).k6Threshold('http_req_duration: p(95)<300', 'failed', 420);

    const report = buildReport({ day: day.exported(), signoff: [] });

    expect(criterion(report, 'k6-thresholds')).toMatchObject({ status: 'failed' });
    expect(criterion(report, 'k6-thresholds').reason).toContain('http_req_duration: p(95)<300');
  });

  it('fails the drill criterion when the recovery probe missed its deadline', async () => {
    day = await RecordedDay.start();
    await day.at(60_000).drill('r1a', 12_000);
    await day.at(300_000).drill('r2b', null);

    const report = buildReport({ day: day.exported(), signoff: [] });

    const drills = criterion(report, 'drills-recovered');
    expect(drills.status).toBe('failed');
    expect(drills.reason).toContain('App crash (health-up: failed)');
    expect(report.runbookRuns.runs.map((run) => run.recovery?.verdict)).toEqual(['recovered', 'missed']);
  });

  it('fails P95 on a breach of the P95 target and judges the workspace criteria by their panels', async () => {
    day = await healthyDay();
    await day.panelValues('latency', [
      [1_000_000, 250],
      [1_010_000, 480],
      [1_040_000, 260],
    ]);
    const exported = day.exported();
    const thresholdSeqs = exported.events
      .filter((event) => event.kind.startsWith('threshold.'))
      .map((e) => e.seq);
    const snapshotSeqs = exported.events.filter((event) => event.kind === 'snapshot.taken').map((e) => e.seq);

    const report = buildReport({ day: exported, signoff: WORKSPACE_CRITERIA, panels: PANELS });

    expect(criterion(report, 'p95-under-target')).toMatchObject({
      status: 'failed',
      reason: '1 breach(es) of Latency (p95) < 300',
      evidence: thresholdSeqs,
    });
    expect(criterion(report, 'workspace:Error rate held')).toMatchObject({
      origin: 'workspace',
      panelId: 'errors',
      description: 'under 0.5 % all day',
      status: 'passed',
      evidence: snapshotSeqs,
    });
    expect(criterion(report, 'workspace:Security review signed')).toMatchObject({
      status: 'needs-judgement',
      evidence: [],
    });
    expect(report.signoff.notPassed).toEqual([
      'P95 stayed under target at peak load',
      'Security review signed',
    ]);
  });

  it('says no data for a workspace criterion whose panel no snapshot or breach shows', async () => {
    day = await RecordedDay.start();

    const report = buildReport({ day: day.exported(), signoff: WORKSPACE_CRITERIA, panels: PANELS });

    expect(criterion(report, 'workspace:Error rate held')).toMatchObject({
      status: 'no-data',
      reason: 'no snapshot shows panel Error rate had data',
    });
  });
});
