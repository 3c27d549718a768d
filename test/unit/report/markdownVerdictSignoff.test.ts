import { afterEach, describe, expect, it } from 'vitest';
import type { DayExport } from '../../../electron/host/journal/journalExport';
import { buildReport } from '../../../electron/host/report/buildReport';
import { renderMarkdown } from '../../../electron/host/report/render/markdown/renderMarkdown';
import type { ReportModel } from '../../../shared/report/reportModel';
import type { SignoffCriterion } from '../../../shared/workspace/workspaceTypes';
import { DAY_START, HEALTHY_SNAPSHOT, healthyDay, PANELS, RecordedDay } from '../../support/recordedDay';
import { MarkdownDocument } from './markdownDocument';

const TITLE = 'Stress-test report: Peak load rehearsal';

/** Latency and errors well inside their targets over the first ten minutes. */

function seqsOf(day: DayExport, kind: string): number[] {
  return day.events.filter((event) => event.kind === kind).map((event) => event.seq);
}

function render(model: ReportModel): MarkdownDocument {
  return new MarkdownDocument(renderMarkdown(model));
}

describe('Markdown report: the verdict, the summary and the sign-off', () => {
  let day: RecordedDay;
  afterEach(() => day.dispose());

  it('opens with GO in words, the day, who ran it, how long, the peak load and the decision recorded', async () => {
    day = await healthyDay();
    await day.at(3_900_000).end({ decision: 'go', reason: 'all targets held' });
    const exported = day.exported();

    const doc = render(buildReport({ day: exported, signoff: [], panels: PANELS }));

    expect(doc.headings(1)).toEqual([TITLE]);
    expect(doc.paragraphs(TITLE)[0]).toBe('Verdict: GO — all 4 sign-off criteria passed.');
    const [k6Seq] = seqsOf(exported, 'k6.summary');
    const [decisionSeq] = seqsOf(exported, 'decision');
    expect(doc.listItems(TITLE)).toEqual([
      'Day: Peak load rehearsal (day 1)',
      'Environment: staging',
      'Operators: ana, bob',
      'Started: 2026-03-10 09:00:00Z',
      'Ended: 2026-03-10 10:05:00Z',
      'Duration: 1 h 5 min',
      `Peak load: 300 virtual users (from k6.summary vus_max, #${k6Seq})`,
      `Decision recorded: GO by ana at 2026-03-10 10:05:00Z: “all targets held” (#${decisionSeq})`,
    ]);
  });

  it('says NO-GO and names the failing criteria; an open day says so, with no decision yet', async () => {
    day = await healthyDay();
    await day.at(800_000).alertsNow([{ name: 'CheckoutDown', severity: 'critical' }]);
    day.at(1_200_000);

    const doc = render(buildReport({ day: day.exported(), signoff: [], panels: PANELS }));

    expect(doc.paragraphs(TITLE)).toEqual([
      'Verdict: NO-GO — 1 of 4 sign-off criteria did not pass.',
      'Criteria that did not pass:',
    ]);
    const facts = doc.listItems(TITLE);
    expect(facts).toContain('Ended: not yet: the day is still open (report as of 2026-03-10 09:20:00Z)');
    expect(facts).toContain('Duration: 20 min so far');
    expect(facts).toContain('Decision recorded: none yet');
    expect(facts.at(-1)).toBe('No critical alert fired: failed');
  });

  it('notes when the decision a person recorded differs from the verdict the data gives', async () => {
    day = await RecordedDay.start();
    await day.at(60_000).end({ decision: 'go', reason: 'business says ship' });

    const doc = render(buildReport({ day: day.exported(), signoff: [] }));

    const decision = doc.listItems(TITLE).find((fact) => fact.startsWith('Decision recorded:'));
    expect(decision).toContain('GO by ana');
    expect(decision).toContain('(differs from the verdict the data gives, NO-GO)');
  });

  it('counts the day in the executive summary, with the failed commands as evidence', async () => {
    day = await RecordedDay.start();
    await day.at(60_000).command('kubectl get pods', 0, 800);
    await day.at(120_000).command('kubectl rollout restart deploy/api', 1, 1500);
    await day.at(180_000).issue('checkout 500s', 1);
    await day.at(200_000).issue('slow admin page', 4);
    const exported = day.exported();
    const failed = exported.events.find(
      (event) => event.kind === 'command.finished' && event.subject.includes('rollout'),
    );

    const doc = render(buildReport({ day: exported, signoff: [] }));

    expect(doc.rows('Executive summary')).toEqual([
      { Figure: 'Events recorded', Count: String(exported.events.length), Evidence: '—' },
      { Figure: 'Commands run', Count: '2', Evidence: '—' },
      {
        Figure: 'Commands that failed (exit code not 0)',
        Count: '1',
        Evidence: `#${failed?.seq}`,
      },
      { Figure: 'Snapshots taken', Count: '2', Evidence: '—' },
      { Figure: 'SEV1 issues', Count: '1', Evidence: '—' },
      { Figure: 'SEV2 issues', Count: '0', Evidence: '—' },
      { Figure: 'SEV3 issues', Count: '0', Evidence: '—' },
      { Figure: 'SEV4 issues', Count: '1', Evidence: '—' },
      { Figure: 'SEV5 issues', Count: '0', Evidence: '—' },
    ]);
  });

  it('lists each criterion with its status in words, why, its evidence, and an override with its reason', async () => {
    day = await RecordedDay.start();
    await day.at(30_000).alertsNow([{ name: 'HighLatency', severity: 'warning' }]);
    await day.at(90_000).alertsNow([]);
    await day.at(120_000).drill('r1a', 12_000);
    await day.at(600_000).snapshot('steady state', HEALTHY_SNAPSHOT);
    await day.panelValues('latency', [
      [700_000, 250],
      [710_000, 480],
      [740_000, 260],
    ]);
    await day.at(800_000).note('P95 spike was the deploy | accepted by carol');
    const exported = day.exported();
    const criteria: SignoffCriterion[] = [
      { name: 'Error rate held', description: 'under 0.5 %\n# all day', panel: 'errors' },
      { name: 'Security review signed', description: null, panel: null },
    ];
    const built = buildReport({ day: exported, signoff: criteria, panels: PANELS });
    const [noteSeq = 0] = seqsOf(exported, 'note');
    // The journal records no override yet (see the report): a person's override is set on the model.
    const report: ReportModel = {
      ...built,
      signoff: {
        ...built.signoff,
        criteria: built.signoff.criteria.map((criterion) =>
          criterion.id === 'p95-under-target'
            ? {
                ...criterion,
                override: {
                  by: 'carol',
                  reason: 'the spike | was the deploy',
                  atMs: DAY_START + 800_000,
                  eventSeq: noteSeq,
                },
              }
            : criterion,
        ),
      },
    };

    const doc = render(report);

    const breaches = [...seqsOf(exported, 'threshold.breached'), ...seqsOf(exported, 'threshold.recovered')];
    const refs = (seqs: number[]) => seqs.map((seq) => `#${seq}`).join(', ');
    expect(doc.rows('Go-live sign-off')).toEqual([
      {
        Criterion: 'No critical alert fired (built-in)',
        Status: 'passed',
        Why: expect.any(String),
        Evidence: refs(
          [
            ...seqsOf(exported, 'alert.firing'),
            ...seqsOf(exported, 'alert.resolved'),
            ...seqsOf(exported, 'snapshot.taken'),
          ].sort((a, b) => a - b),
        ),
      },
      {
        Criterion: 'Every k6 threshold passed (built-in)',
        Status: 'no data',
        Why: 'no k6 summary or threshold was recorded',
        Evidence: '—',
      },
      {
        Criterion: 'Every fault-injection drill recovered within its deadline (built-in)',
        Status: 'passed',
        Why: expect.stringContaining('1 drill run(s) recovered'),
        Evidence: refs([...seqsOf(exported, 'probe.result'), ...seqsOf(exported, 'runbook.finished')]),
      },
      {
        Criterion: 'P95 stayed under target at peak load (built-in)',
        Status: `overridden by carol at 2026-03-10 09:13:20Z: the spike | was the deploy (the data said: failed; #${noteSeq})`,
        Why: '1 breach(es) of Latency (p95) < 300',
        Evidence: refs([...breaches, noteSeq]),
      },
      {
        Criterion: 'Error rate held (workspace, panel errors)\nunder 0.5 %\n# all day',
        Status: 'passed',
        Why: expect.any(String),
        Evidence: refs(seqsOf(exported, 'snapshot.taken')),
      },
      {
        Criterion: 'Security review signed (workspace)',
        Status: 'needs judgement',
        Why: 'a person judges this criterion',
        Evidence: '—',
      },
    ]);
    expect(doc.headings()).not.toContain('all day');
  });
});
