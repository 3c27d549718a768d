import { afterEach, describe, expect, it } from 'vitest';
import * as issueWrites from '../../../electron/host/journal/issueWrites';
import { buildReport } from '../../../electron/host/report/buildReport';
import { renderMarkdown } from '../../../electron/host/report/render/markdown/renderMarkdown';
import type { ReportModel } from '../../../shared/report/reportModel';
import {
  DAY_START,
  dashboardSnapshot,
  handleSummaryText,
  PANELS,
  RecordedDay,
} from '../../support/recordedDay';
import { MarkdownDocument } from './markdownDocument';

const K6 = 'k6 thresholds and key metrics';

function render(model: ReportModel): MarkdownDocument {
  return new MarkdownDocument(renderMarkdown(model));
}

describe('Markdown report: targets, k6, issues, runs, the comparison, the timeline and the commands', () => {
  let day: RecordedDay;
  let previous: RecordedDay | null = null;
  afterEach(async () => {
    await day.dispose();
    await previous?.dispose();
    previous = null;
  });

  it('tabulates target vs achieved with each breach, and no data for a target no snapshot shows', async () => {
    day = await RecordedDay.start();
    await day.panelValues('latency', [
      [60_000, 200],
      [70_000, 520],
      [80_000, 610],
      [90_000, 240],
    ]);
    await day.at(100_000).snapshot(
      'after the spike',
      dashboardSnapshot(
        DAY_START + 100_000,
        [
          [DAY_START + 60_000, 200],
          [DAY_START + 70_000, 520],
          [DAY_START + 80_000, 610],
        ],
        [],
      ),
    );
    const exported = day.exported();
    const seq = (kind: string) => exported.events.find((event) => event.kind === kind)?.seq;

    const doc = render(buildReport({ day: exported, signoff: [], panels: PANELS }));

    expect(doc.rows('Target vs achieved')).toEqual([
      {
        Target: 'Latency (p95): < 300 ms',
        Status: 'failed',
        Breaches: '1',
        Worst: '610 ms',
        Peak: '610 ms',
        P95: '610 ms',
        'Snapshot window': '2026-03-10 09:01:00Z – 2026-03-10 09:01:20Z\n3 points in 1 snapshot',
        Evidence: `#${seq('threshold.breached')}, #${seq('threshold.recovered')}, #${seq('snapshot.taken')}`,
      },
      {
        Target: 'Error rate (5xx): < 0.5 %',
        Status: 'no data',
        Breaches: '0',
        Worst: 'no data',
        Peak: 'no data',
        P95: 'no data',
        'Snapshot window': 'no data',
        Evidence: '—',
      },
    ]);
    expect(doc.rows('Breaches')).toEqual([
      {
        Target: 'Latency (p95)',
        'Missing since': '2026-03-10 09:01:10Z',
        'Breached at': '2026-03-10 09:01:10Z',
        'Value at breach': '520 ms',
        'Recovered at': '2026-03-10 09:01:30Z',
        Worst: '610 ms',
        Lasted: '20 s',
        Evidence: `#${seq('threshold.breached')}, #${seq('threshold.recovered')}`,
      },
    ]);
  });

  it('says "no k6 data" for a day without k6, never passed', async () => {
    day = await RecordedDay.start();
    await day.at(60_000).command('uptime', 0, 100);

    const doc = render(buildReport({ day: day.exported(), signoff: [] }));

    expect(doc.sectionText(K6)).toBe(
      'no k6 data: no k6 summary and no live k6 threshold was recorded on this day.',
    );
    expect(doc.headings()).not.toContain('Thresholds');
    const k6Criterion = doc.rows('Go-live sign-off').find((row) => row.Criterion?.startsWith('Every k6'));
    expect(k6Criterion?.Status).toBe('no data');
  });

  it("shows the latest k6 summary's thresholds and key metrics, and the live threshold events", async () => {
    day = await RecordedDay.start();
    await day.at(10_000).k6Sample('handlesummary-data-unit.json');
    await day.at(20_000).k6Threshold('http_req_duration: p(95)<300', 'failed', 410);
    await day.at(30_000).k6Threshold('http_req_duration: p(95)<300', 'ok', 280);
    await day
      .at(40_000)
      .k6Summary('final.json', handleSummaryText({ p95Ms: 320, failedRate: 0.004, vusMax: 250 }));
    const exported = day.exported();
    const seqs = (kind: string) => exported.events.filter((event) => event.kind === kind).map((e) => e.seq);

    const doc = render(buildReport({ day: exported, signoff: [] }));

    expect(doc.paragraphs(K6)[0]).toContain(
      `final.json (handle-summary format), the latest of 2 k6 summaries (#${seqs('k6.summary')[1]})`,
    );
    expect(doc.paragraphs(K6)[0]).toContain('Thresholds failed: 1. Test duration: 2 min.');
    expect(doc.rows('Thresholds')).toEqual([
      { Metric: 'http_req_duration', Threshold: 'p(95)<300', Result: 'failed', Observed: '320' },
      { Metric: 'http_req_failed', Threshold: 'rate<0.01', Result: 'passed', Observed: '0.004' },
    ]);
    expect(doc.rows('Key metrics')).toEqual([
      { 'Key metric': 'HTTP requests', Value: '12,000' },
      { 'Key metric': 'HTTP requests per second', Value: '100 req/s' },
      { 'Key metric': 'HTTP request duration p(95)', Value: '320 ms' },
      { 'Key metric': 'HTTP request duration p(99)', Value: '480 ms' },
      { 'Key metric': 'Failed requests', Value: '0.4 %' },
      { 'Key metric': 'Checks passed', Value: '12,000' },
      { 'Key metric': 'Checks failed', Value: '0' },
      { 'Key metric': 'Virtual users (max)', Value: '250' },
    ]);
    expect(doc.rows('Live threshold events')).toEqual([
      {
        Time: '2026-03-10 09:00:20Z',
        Threshold: 'http_req_duration: p(95)<300',
        Event: 'failed',
        Observed: '410',
        Evidence: `#${seqs('k6.threshold.failed')[0]}`,
      },
      {
        Time: '2026-03-10 09:00:30Z',
        Threshold: 'http_req_duration: p(95)<300',
        Event: 'recovered',
        Observed: '280',
        Evidence: `#${seqs('k6.threshold.recovered')[0]}`,
      },
    ]);
  });

  it('lists issues by severity, worst first, each with owner, status, resolution, history, actions and snapshots', async () => {
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
    const history = exported.events.filter((event) =>
      JSON.stringify(event.payload).includes(`"issueId":${outage.id}`),
    );

    const doc = render(buildReport({ day: exported, signoff: [] }));

    expect(doc.headings(3).filter((heading) => heading.startsWith('SEV'))).toEqual([
      'SEV1: Outage or data loss: the test stops until it is handled',
      'SEV4: Minor: a symptom to look at before go-live',
    ]);
    expect(doc.headings(4)).toEqual([
      `Issue ${outage.id}: Checkout down`,
      `Issue ${minor.id}: Slow admin page`,
    ]);
    const checkout = `Issue ${outage.id}: Checkout down`;
    expect(doc.listItems(checkout)).toEqual([
      'Status: resolved',
      'Owner: bob',
      'Opened: 2026-03-10 09:00:20Z by ana',
      'Resolved: 2026-03-10 09:00:40Z',
      'Resolution: restarted the payment proxy',
      'Snapshots: snapshot 2',
      `Evidence: ${history.map((event) => `#${event.seq}`).join(', ')}`,
      'Add a circuit breaker (owner bob, due 2026-03-20)',
    ]);
    expect(doc.rows(checkout).map((row) => [row.Time, row.Kind, row.Actor])).toEqual([
      ['2026-03-10 09:00:20Z', 'issue.opened', 'ana'],
      ['2026-03-10 09:00:20Z', 'snapshot.taken', 'ana'],
      ['2026-03-10 09:00:30Z', 'issue.updated', 'ana'],
      ['2026-03-10 09:00:40Z', 'issue.resolved', 'bob'],
    ]);
    expect(doc.listItems(`Issue ${minor.id}: Slow admin page`)).toContain('Resolved: not resolved');
  });

  it("lists each runbook run with its outcome, and each step's result and duration", async () => {
    day = await RecordedDay.start();
    await day.at(60_000).drill('r1a', null);

    const doc = render(buildReport({ day: day.exported(), signoff: [] }));

    expect(doc.headings(3)).toContain('App crash (drill)');
    expect(doc.listItems('App crash (drill)').slice(0, 2)).toEqual([
      'Outcome: failed: probe health-up missed its 30s deadline',
      expect.stringMatching(/^Recovery: missed its deadline: /),
    ]);
    expect(
      doc
        .rows('App crash (drill)')
        .map((row) => [row.Step, row.Type, row.Result, row['Exit code'], row.Duration]),
    ).toEqual([
      ['crash-app', 'command', 'passed', '0', '2 s'],
      ['health-up', 'probe', 'failed', '—', '30 s'],
    ]);
  });

  it('compares before and after with the change only when a previous day is given', async () => {
    previous = await RecordedDay.start('Rehearsal 1');
    await previous.panelValues('latency', [
      [60_000, 480],
      [70_000, 200],
    ]);
    await previous
      .at(100_000)
      .k6Summary('r1.json', handleSummaryText({ p95Ms: 450, failedRate: 0.02, vusMax: 200 }));
    await previous.end();
    day = await RecordedDay.start('Rehearsal 2');
    await day
      .at(100_000)
      .k6Summary('r2.json', handleSummaryText({ p95Ms: 250, failedRate: 0.005, vusMax: 400 }));

    const compared = render(
      buildReport({ day: day.exported(), signoff: [], panels: PANELS, previous: previous.exported() }),
    );
    const alone = render(buildReport({ day: day.exported(), signoff: [], panels: PANELS }));

    expect(compared.rows('Compared with Rehearsal 1')).toEqual([
      { Figure: 'Peak load (virtual users)', Before: '200', After: '400', Change: '+200' },
      { Figure: 'Failed requests (k6)', Before: '2 %', After: '0.5 %', Change: '-1.5 %' },
      { Figure: 'HTTP request duration p(95) (k6)', Before: '450 ms', After: '250 ms', Change: '-200 ms' },
      { Figure: 'Latency (p95) < 300: breaches', Before: '1', After: '0', Change: '-1' },
      { Figure: 'Latency (p95) < 300: worst', Before: 'no data', After: 'no data', Change: 'no data' },
      { Figure: 'Error rate (5xx) < 0.5: breaches', Before: '0', After: '0', Change: '0' },
      { Figure: 'Error rate (5xx) < 0.5: worst', Before: 'no data', After: 'no data', Change: 'no data' },
    ]);
    expect(compared.headings(2).indexOf('Compared with Rehearsal 1')).toBe(
      compared.headings(2).indexOf('Timeline') - 1,
    );
    expect(alone.headings(2).some((heading) => heading.startsWith('Compared'))).toBe(false);
  });

  it('puts every event on the timeline and every command in the appendix, marking one unfinished', async () => {
    day = await RecordedDay.start();
    await day.at(10_000).command('make check', 0, 2500);
    await day.at(20_000).command('tail -f app.log', 0, 0, false);
    await day.at(30_000).command('false', 1, 40);
    const exported = day.exported();

    const doc = render(buildReport({ day: exported, signoff: [] }));

    expect(doc.rows('Timeline').map((row) => [row['#'], row.Kind, row.Actor, row.Subject])).toEqual(
      exported.events.map((event) => [`#${event.seq}`, event.kind, event.actor, event.subject]),
    );
    expect(
      doc.rows('Appendix: commands run').map((row) => [row.Command, row['Exit code'], row.Duration]),
    ).toEqual([
      ['make check', '0', '2.5 s'],
      ['tail -f app.log', 'unfinished', 'unfinished'],
      ['false', '1', '40 ms'],
    ]);
  });
});
