import { afterEach, describe, expect, it } from 'vitest';
import * as issueWrites from '../../../electron/host/journal/issueWrites';
import { buildReport } from '../../../electron/host/report/buildReport';
import { renderMarkdown } from '../../../electron/host/report/render/markdown/renderMarkdown';
import type { ReportModel } from '../../../shared/report/reportModel';
import {
  DAY_START,
  dashboardSnapshot,
  handleSummaryText,
  NO_SERIES,
  PANELS,
  RecordedDay,
} from '../../support/recordedDay';
import { MarkdownDocument } from './markdownDocument';

const HOSTILE = 'a | b\n# not a heading';

function render(model: ReportModel): MarkdownDocument {
  return new MarkdownDocument(renderMarkdown(model));
}

describe('Markdown report: text people typed, and the evidence references', () => {
  let day: RecordedDay;
  afterEach(() => day.dispose());

  it('keeps a hostile subject inside its timeline cell: no split cell, no heading', async () => {
    day = await RecordedDay.start();
    await day.at(10_000).note(HOSTILE);
    const built = buildReport({ day: day.exported(), signoff: [] });
    // The journal keeps a subject to one line; an export from elsewhere may not, so the raw text is tried too.
    const raw: ReportModel = {
      ...built,
      timeline: {
        omitted: 0,
        entries: built.timeline.entries.map((entry) =>
          entry.kind === 'note' ? { ...entry, subject: HOSTILE } : entry,
        ),
      },
    };

    for (const [model, shown] of [
      [built, 'a | b # not a heading'],
      [raw, 'a | b\n# not a heading'],
    ] as const) {
      const doc = render(model);
      const note = doc.rows('Timeline').find((row) => row.Kind === 'note');
      expect(note).toEqual({
        Time: '2026-03-10 09:00:10Z',
        '#': '#2',
        Kind: 'note',
        Actor: 'bob',
        Subject: shown,
      });
      expect(doc.tables('Timeline')[0]?.every((row) => row.length === 5)).toBe(true);
      expect(doc.headings().filter((heading) => heading.includes('not a heading'))).toEqual([]);
    }
  });

  it("keeps an issue's title on its heading and its description's lines as text, not Markdown", async () => {
    day = await RecordedDay.start();
    const description =
      'line one | two\n# not a heading\n- not a list\n    not code\n```\n<b>not bold</b> *nor this*';
    const issue = await day
      .at(10_000)
      .journal.write(
        issueWrites.logIssue(
          { title: 'Checkout | down `now`', severity: 2, owner: 'bob', description },
          'ana',
          NO_SERIES,
        ),
      );

    const doc = render(buildReport({ day: day.exported(), signoff: [] }));

    const heading = `Issue ${issue.id}: Checkout | down \`now\``;
    expect(doc.headings(4)).toEqual([heading]);
    expect(doc.section(heading).map((node) => node.type)).toEqual([
      'list',
      'paragraph',
      'paragraph',
      'paragraph',
      'table',
    ]);
    expect(doc.paragraphs(heading)).toEqual([
      'Description:',
      'line one | two\n# not a heading\n- not a list\nnot code\n```\n<b>not bold</b> *nor this*',
      'Action items: none.',
    ]);
    expect(doc.rows(heading)[0]?.Subject).toBe('Checkout | down `now`');
  });

  it('shows a command with pipes and backticks as typed, inside its appendix cell', async () => {
    day = await RecordedDay.start();
    await day.at(10_000).command('kubectl get pods | grep `hostname` || echo ``none``', 1, 300);

    const doc = render(buildReport({ day: day.exported(), signoff: [] }));

    expect(doc.rows('Appendix: commands run')[0]).toMatchObject({
      Command: 'kubectl get pods | grep `hostname` || echo ``none``',
      'Exit code': '1',
      Duration: '300 ms',
    });
  });

  it('cites only events the timeline lists: every #seq link leads to a timeline row', async () => {
    day = await RecordedDay.start();
    await day.at(30_000).alertsNow([{ name: 'CheckoutDown', severity: 'critical' }]);
    await day.at(60_000).load(150);
    await day.panelValues('latency', [
      [60_000, 200],
      [70_000, 520],
      [90_000, 240],
    ]);
    await day
      .at(100_000)
      .snapshot('peak', dashboardSnapshot(DAY_START + 100_000, [[DAY_START + 70_000, 520]], []));
    await day.at(110_000).command('false', 1, 40);
    await day.at(120_000).issue('Checkout down', 1);
    await day.at(200_000).drill('r1a', 12_000);
    await day.at(300_000).k6Threshold('http_req_duration: p(95)<300', 'failed', 410);
    await day
      .at(400_000)
      .k6Summary('run.json', handleSummaryText({ p95Ms: 320, failedRate: 0.004, vusMax: 250 }));
    await day.at(500_000).end({ decision: 'no-go', reason: 'checkout failed' });
    const exported = day.exported();

    const doc = render(buildReport({ day: exported, signoff: [], panels: PANELS }));

    const anchors = doc.anchorIds();
    expect(anchors).toEqual(exported.events.map((event) => `seq-${event.seq}`));
    const timelineAnchors = doc.rows('Timeline').length;
    expect(timelineAnchors).toBe(exported.events.length);
    const targets = doc.linkTargets();
    const cited = new Set(targets);
    // Every kind of claim cites something on such a day; each citation is a timeline row's anchor.
    expect(cited.size).toBeGreaterThan(exported.events.length / 2);
    expect(targets.filter((target) => !anchors.includes(target.replace(/^#/, '')))).toEqual([]);
  });
});
