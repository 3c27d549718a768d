import { afterEach, describe, expect, it } from 'vitest';
import { buildReport } from '../../../electron/host/report/buildReport';
import {
  DAY_START,
  dashboardSnapshot,
  handleSummaryText,
  PANELS,
  RecordedDay,
} from '../../support/recordedDay';

describe('report model: target vs achieved, and k6', () => {
  let day: RecordedDay;
  afterEach(() => day.dispose());

  it('gives each target its breaches, recoveries and the worst / peak / p95 the snapshots show', async () => {
    day = await RecordedDay.start();
    await day.panelValues('latency', [
      [60_000, 200],
      [70_000, 520],
      [80_000, 610],
      [90_000, 240],
    ]);
    // Two overlapping snapshots: the shared point at 60 s counts once; the one before the day is left out.
    await day.at(100_000).snapshot(
      'after the spike',
      dashboardSnapshot(
        DAY_START + 100_000,
        [
          [DAY_START - 30_000, 9999],
          [DAY_START + 60_000, 200],
          [DAY_START + 70_000, 520],
          [DAY_START + 80_000, 610],
        ],
        [],
      ),
    );
    await day.at(200_000).snapshot(
      'later',
      dashboardSnapshot(
        DAY_START + 200_000,
        [
          [DAY_START + 60_000, 200],
          [DAY_START + 90_000, 240],
          [DAY_START + 150_000, 230],
        ],
        [],
      ),
    );
    const exported = day.exported();
    const seqs = (kind: string) =>
      exported.events.filter((event) => event.kind === kind).map((event) => event.seq);

    const { targets } = buildReport({ day: exported, signoff: [], panels: PANELS });

    const [latency, errors] = targets.rows;
    expect(latency).toMatchObject({
      panelId: 'latency',
      legend: 'p95',
      unit: 'ms',
      comparator: '<',
      targetValue: 300,
      status: 'failed',
      breaches: [
        {
          breachedAtMs: DAY_START + 70_000,
          valueAtBreach: 520,
          recoveredAtMs: DAY_START + 90_000,
          worstValue: 610,
          lastedMs: 20_000,
          evidence: [...seqs('threshold.breached'), ...seqs('threshold.recovered')],
        },
      ],
      achieved: {
        snapshotCount: 2,
        windowStartMs: DAY_START + 60_000,
        windowEndMs: DAY_START + 150_000,
        pointCount: 5,
        worst: 610,
        peak: 610,
        // Nearest rank over 200, 230, 240, 520, 610.
        p95: 610,
        evidence: seqs('snapshot.taken'),
      },
    });
    // The error series is empty in both snapshots: nothing known, so no data rather than passed.
    expect(errors).toMatchObject({ panelId: 'errors', status: 'no-data', breaches: [], achieved: null });
  });

  it('still lists a breached target the dashboard given does not have, from its events', async () => {
    day = await RecordedDay.start();
    await day.panelValues('errors', [
      [10_000, 0.2],
      [20_000, 3],
    ]);

    const { targets } = buildReport({ day: day.exported(), signoff: [] });

    expect(targets.rows).toEqual([
      expect.objectContaining({
        panelId: 'errors',
        panelTitle: 'Error rate',
        unit: null,
        comparator: '<',
        targetValue: 0.5,
        status: 'failed',
        breaches: [expect.objectContaining({ valueAtBreach: 3, recoveredAtMs: null, worstValue: null })],
        achieved: null,
      }),
    ]);
  });

  it('reads k6 thresholds and key metrics from the latest summary and lists the live threshold events', async () => {
    day = await RecordedDay.start();
    await day.at(10_000).k6Sample('handlesummary-data-unit.json');
    await day.at(20_000).k6Threshold('http_req_duration: p(95)<300', 'failed', 410);
    await day.at(30_000).k6Threshold('http_req_duration: p(95)<300', 'ok', 280);
    await day
      .at(40_000)
      .k6Summary('final.json', handleSummaryText({ p95Ms: 320, failedRate: 0.004, vusMax: 250 }));
    const exported = day.exported();
    const summarySeqs = exported.events
      .filter((event) => event.kind === 'k6.summary')
      .map((event) => event.seq);

    const { k6 } = buildReport({ day: exported, signoff: [] });

    expect(k6.summaryCount).toBe(2);
    expect(k6.latest).toMatchObject({
      source: 'final.json',
      thresholdsFailed: 1,
      testDurationMs: 120_000,
      metrics: {
        httpReqsCount: 12000,
        httpReqsPerSecond: 100,
        httpReqDurationP95Ms: 320,
        httpReqDurationP99Ms: 480,
        httpReqFailedRate: 0.004,
        checksPasses: 12000,
        checksFails: 0,
        vusMax: 250,
      },
      evidence: [summarySeqs[1]],
    });
    expect(k6.latest?.thresholds).toEqual([
      { metric: 'http_req_duration', expression: 'p(95)<300', ok: false, observed: 320 },
      { metric: 'http_req_failed', expression: 'rate<0.01', ok: true, observed: 0.004 },
    ]);
    expect(
      k6.thresholdEvents.map(({ kind, key, observed, atMs }) => ({
        kind,
        key,
        observed,
        at: atMs - DAY_START,
      })),
    ).toEqual([
      { kind: 'failed', key: 'http_req_duration: p(95)<300', observed: 410, at: 20_000 },
      { kind: 'recovered', key: 'http_req_duration: p(95)<300', observed: 280, at: 30_000 },
    ]);
  });

  it('reads the real sample: checks from its checks metric, no http_req_duration, and no vus_max', async () => {
    day = await RecordedDay.start();
    await day.at(10_000).k6Sample('handlesummary-data-unit.json');

    const { k6, summary } = buildReport({ day: day.exported(), signoff: [] });

    expect(k6.latest?.metrics).toEqual({
      httpReqsCount: 3,
      httpReqsPerSecond: 3,
      httpReqDurationP95Ms: null,
      httpReqDurationP99Ms: null,
      httpReqFailedRate: null,
      checksPasses: 45,
      checksFails: 15,
      vusMax: null,
    });
    // Its vus gauge gives the peak load when there is no vus_max.
    expect(summary.peakLoad).toMatchObject({ virtualUsers: 1, source: 'k6.summary vus' });
  });

  it('has no k6 figures on a day without k6', async () => {
    day = await RecordedDay.start();

    const { k6 } = buildReport({ day: day.exported(), signoff: [] });

    expect(k6).toEqual({ latest: null, summaryCount: 0, thresholdEvents: [] });
  });
});
