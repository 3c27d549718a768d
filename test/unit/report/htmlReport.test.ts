import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import * as issueWrites from '../../../electron/host/journal/issueWrites';
import * as writes from '../../../electron/host/journal/journalWrites';
import { buildReport } from '../../../electron/host/report/buildReport';
import { renderHtml, renderHtmlParts } from '../../../electron/host/report/render/html/renderHtml';
import {
  DAY_START,
  dashboardSnapshot,
  handleSummaryText,
  healthyDay,
  NO_SERIES,
  PANELS,
  RecordedDay,
} from '../../support/recordedDay';

/** What a person might type that a careless report would run: an image whose error handler is script. */
const HOSTILE = '<img src=x onerror=alert(1)>';
const HOSTILE_SHOWN = '&lt;img src=x onerror=alert(1)&gt;';

/** The `<tr>` of the sign-off table for a criterion, as written. */
function criterionRow(html: string, id: string): string {
  const start = html.indexOf(`<tr data-criterion="${id}">`);
  if (start < 0) throw new Error(`no sign-off row for ${id}`);
  return html.slice(start, html.indexOf('</tr>', start));
}

/** The text of a piece of HTML as a browser shows it: tags dropped, the entities these reports write decoded. */
function shownText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

describe('HTML report: text people typed, evidence links, and the content policy', () => {
  let day: RecordedDay;
  afterEach(() => day.dispose());

  it('shows hostile text from the journal as text everywhere, never as markup', async () => {
    day = await RecordedDay.start(`Day ${HOSTILE}`);
    await day.at(10_000).note(`note ${HOSTILE} & "quoted" 'single'`);
    await day.at(20_000).command(`echo '${HOSTILE}' | grep "<script>alert(2)</script>"`, 1, 200);
    await day.at(30_000).journal.write(
      issueWrites.logIssue(
        {
          title: `Checkout ${HOSTILE}`,
          severity: 2,
          owner: `bob ${HOSTILE}`,
          description: `line ${HOSTILE}`,
        },
        'ana',
        NO_SERIES,
      ),
    );
    await day.at(40_000).snapshot(`snap ${HOSTILE}`, dashboardSnapshot(DAY_START + 40_000, [], []));
    await day
      .at(50_000)
      .journal.write(writes.overrideCriterion('No critical alert fired', `reason ${HOSTILE}`, 'bob'));
    await day.at(60_000).end({ decision: 'no-go', reason: `decided ${HOSTILE}` });

    const html = renderHtml(buildReport({ day: day.exported(), signoff: [], panels: PANELS }));

    expect(html).not.toContain('<img');
    expect(html.match(/<script/g)).toHaveLength(1);
    // The day's name, the note, the command, the issue (title, owner, description), the snapshot,
    // the override and the decision each say it.
    expect(html.split(HOSTILE_SHOWN).length - 1).toBeGreaterThanOrEqual(10);
    expect(html).toContain(`note ${HOSTILE_SHOWN} &amp; &quot;quoted&quot; &#39;single&#39;`);
    expect(html).toContain(`<title>Stress-test report: Day ${HOSTILE_SHOWN}</title>`);
    const body = renderHtmlParts(buildReport({ day: day.exported(), signoff: [] })).body;
    expect(body).not.toContain('<script');
    expect(body).not.toContain('<img');
    expect(shownText(body)).toContain(`Issue 1: Checkout ${HOSTILE}`);
  });

  it('shows an overridden criterion as overridden, with who, why, what the data said and the override event', async () => {
    day = await healthyDay();
    await day.at(800_000).alertsNow([{ name: 'CheckoutDown', severity: 'critical' }]);
    const reason = 'CheckoutDown fired on the stand-by region & is "out of scope"';
    const overriding = await day
      .at(900_000)
      .journal.write(writes.overrideCriterion('No critical alert fired', reason, 'bob'));

    const html = renderHtml(buildReport({ day: day.exported(), signoff: [], panels: PANELS }));

    const row = criterionRow(html, 'no-critical-alert');
    expect(shownText(row)).toContain(
      `overridden by bob at 2026-03-10 09:15:00Z: ${reason} (the data said: failed; #${overriding.seq})`,
    );
    expect(row).toContain(`href="#seq-${overriding.seq}"`);
    expect(row).toContain('status-overridden');
    // Overridden counts as passed: the verdict is go.
    expect(html).toMatch(
      /Verdict: <span class="verdict verdict-go">GO<\/span> — all 4 sign-off criteria passed/,
    );
  });

  it('says no data, never passed, for the k6 criterion and section on a day with no k6 record', async () => {
    day = await RecordedDay.start();
    await day.at(60_000).command('uptime', 0, 100);

    const html = renderHtml(buildReport({ day: day.exported(), signoff: [], panels: PANELS }));

    const row = criterionRow(html, 'k6-thresholds');
    expect(row).toContain('<span class="status status-no-data">no data</span>');
    expect(shownText(row)).toContain('no k6 summary or threshold was recorded');
    expect(row).not.toContain('status-passed');
    const k6Section = html.slice(
      html.indexOf('<section id="k6">'),
      html.indexOf('</section>', html.indexOf('<section id="k6">')),
    );
    expect(shownText(k6Section)).toContain('no k6 data: no k6 summary and no live k6 threshold was recorded');
    expect(html).toMatch(/Verdict: <span class="verdict verdict-no-go">NO-GO<\/span>/);
  });

  it('links every #seq to an existing timeline row, and every in-page link to an existing id', async () => {
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
    await day
      .at(120_000)
      .issue('Checkout down', 1, dashboardSnapshot(DAY_START + 120_000, [[DAY_START + 70_000, 520]], []));
    await day.at(200_000).drill('r1a', 12_000);
    await day.at(300_000).k6Threshold('http_req_duration: p(95)<300', 'failed', 410);
    await day
      .at(400_000)
      .k6Summary('run.json', handleSummaryText({ p95Ms: 320, failedRate: 0.004, vusMax: 250 }));
    await day.at(500_000).end({ decision: 'no-go', reason: 'checkout failed' });
    const exported = day.exported();

    const html = renderHtml(buildReport({ day: exported, signoff: [], panels: PANELS }));

    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]);
    expect(new Set(ids).size).toBe(ids.length);
    const rowIds = [...html.matchAll(/<tr id="(seq-\d+)"/g)].map((match) => match[1]);
    expect(rowIds).toEqual(exported.events.map((event) => `seq-${event.seq}`));
    const targets = [...html.matchAll(/ href="([^"]*)"/g)].map((match) => match[1] ?? '');
    // Every kind of claim cites events, and the charts link their markers and snapshots.
    expect(new Set(targets.filter((target) => target.startsWith('#seq-'))).size).toBeGreaterThan(
      exported.events.length / 2,
    );
    expect(targets.filter((target) => target.includes('snapshot-')).length).toBeGreaterThan(0);
    expect(targets.filter((target) => !target.startsWith('#') || !ids.includes(target.slice(1)))).toEqual([]);
  });

  it("carries a policy that allows no request and only the one script it inlines, by that script's hash", async () => {
    day = await healthyDay();

    const html = renderHtml(buildReport({ day: day.exported(), signoff: [], panels: PANELS }));

    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? '';
    const directives = Object.fromEntries(
      policy.split(';').map((directive) => {
        const [name = '', ...sources] = directive.trim().split(/\s+/);
        return [name, sources.join(' ')];
      }),
    );
    expect(directives).toMatchObject({
      'default-src': "'none'",
      'style-src': "'unsafe-inline'",
      'img-src': 'data:',
    });
    const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? '');
    expect(scripts).toHaveLength(1);
    const hash = createHash('sha256')
      .update(scripts[0] ?? '', 'utf8')
      .digest('base64');
    expect(directives['script-src']).toBe(`'sha256-${hash}'`);
    // Nothing to fetch: no src, no link element, no url() in the styles, no address outside the page.
    expect(html).not.toMatch(/\ssrc=|<link|url\(|https?:|\/\/[a-z]/i);
  });

  it('scopes every style rule under .warroom-report and starts the filter bar hidden, for a page without script', async () => {
    day = await healthyDay();

    const { css, body } = renderHtmlParts(buildReport({ day: day.exported(), signoff: [], panels: PANELS }));

    const rules = css.replace(/@media print\{/, '').replace(/\}\s*$/, '');
    const selectors = [...rules.matchAll(/([^{}]+)\{[^{}]*\}/g)].flatMap((match) =>
      (match[1] ?? '').split(',').map((selector) => selector.trim()),
    );
    expect(selectors.length).toBeGreaterThan(50);
    expect(selectors.filter((selector) => !selector.startsWith('.warroom-report'))).toEqual([]);
    expect(body).toContain('<div class="timeline-filter" id="timeline-filter" role="search" hidden>');
  });
});
