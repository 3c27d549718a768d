import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReport } from '../../electron/host/report/buildReport';
import { renderHtml } from '../../electron/host/report/render/html/renderHtml';
import { launchChromium } from '../../scripts/chromium';
import { DAY_START, dashboardSnapshot, handleSummaryText, PANELS, RecordedDay } from '../support/recordedDay';

/** Where the README's picture of the HTML report is written (docs/report.png is a copy of it). */
const SCREENSHOT_PATH = '/tmp/report-html.png';

/** The top of the report as a reviewer opens it: verdict, sign-off and the first panel chart. */
const VIEWPORT = { width: 1400, height: 1800 };

/** Notes that fill the timeline past two chunks of rows (500 a chunk). */
const HEARTBEATS = 1_200;

/** What a person might type that a careless report would run. */
const HOSTILE_TITLE = 'Checkout <img src=x onerror=alert(1)> slow';

/** A quarter hour of a series from `fromMs`, every 15 s, shaped by `value`. */
function quarterHour(fromMs: number, value: (step: number) => number): Array<[number, number]> {
  return Array.from({ length: 60 }, (_, step) => [fromMs + step * 15_000, value(step)]);
}

/** A morning of a stress test: load ramps, latency breaches and recovers, an issue, a drill, k6's summary. */
async function recordedMorning(): Promise<RecordedDay> {
  const day = await RecordedDay.start('Checkout peak rehearsal');
  await day.at(60_000).command('kubectl get pods -n checkout', 0, 900);
  await day.at(120_000).load(400);
  await day.at(300_000).alertsNow([{ name: 'HighLatency', severity: 'warning' }]);
  await day.panelValues('latency', [
    [600_000, 240],
    [1_500_000, 460],
    [1_800_000, 280],
  ]);
  await day.at(1_900_000).alertsNow([]);
  const latency = (fromMs: number, peak: number) =>
    quarterHour(DAY_START + fromMs, (step) => 180 + peak * Math.sin((Math.PI * step) / 59) + (step % 7) * 4);
  const errors = (fromMs: number, peak: number) =>
    quarterHour(DAY_START + fromMs, (step) => 0.05 + (peak * step) / 59);
  await day
    .at(900_000)
    .snapshot('ramp', dashboardSnapshot(DAY_START + 900_000, latency(0, 80), errors(0, 0.1)));
  await day
    .at(1_700_000)
    .issue(
      HOSTILE_TITLE,
      2,
      dashboardSnapshot(DAY_START + 1_700_000, latency(900_000, 300), errors(900_000, 0.3)),
    );
  await day.at(1_750_000).command('kubectl scale deploy/api --replicas=35 -n checkout', 0, 4_000);
  await day.at(1_800_000).note('scaled to 35 replicas, p95 back under 300 ms');
  // A busy hour's chatter: enough rows that the timeline is laid out in several chunks.
  for (let beat = 0; beat < HEARTBEATS; beat++)
    await day.at(1_810_000 + beat * 100).note(`heartbeat ${beat}`);
  await day.at(2_000_000).drill('r1a', 14_000);
  await day
    .at(2_700_000)
    .snapshot(
      'after scaling',
      dashboardSnapshot(DAY_START + 2_700_000, latency(1_800_000, 40), errors(1_800_000, 0.05)),
    );
  await day
    .at(2_800_000)
    .k6Summary('run.json', handleSummaryText({ p95Ms: 260, failedRate: 0.002, vusMax: 400 }));
  await day.at(3_000_000).command('curl -fsS http://checkout/health', 7, 120);
  await day.at(3_600_000).end({ decision: 'go', reason: 'held 400 users after scaling' });
  return day;
}

/** The timeline rows a person sees. */
function visibleRows(page: Page): Promise<number> {
  return page.locator('#timeline-table tbody tr:visible').count();
}

describe('HTML report in Chromium: self-contained, charted, filterable, printable', () => {
  let browser: Browser;
  let dir: string;
  let fileUrl: string;
  let eventCount: number;

  beforeAll(async () => {
    const day = await recordedMorning();
    const exported = day.exported();
    eventCount = exported.events.length;
    await day.dispose();
    dir = mkdtempSync(join(tmpdir(), 'warroom-report-html-'));
    const file = join(dir, 'report.html');
    writeFileSync(file, renderHtml(buildReport({ day: exported, signoff: [], panels: PANELS })));
    fileUrl = pathToFileURL(file).href;
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('opens with the network blocked and asks for nothing but itself; charts, filter and print work', async () => {
    const page = await browser.newPage({ viewport: VIEWPORT });
    const requests: string[] = [];
    const failed: string[] = [];
    const errors: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    page.on('requestfailed', (request) => failed.push(request.url()));
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('console', (message) => {
      // A policy violation (a blocked request or script) is reported on the console.
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.route('**/*', (route) =>
      route.request().url() === fileUrl ? route.continue() : route.abort('blockedbyclient'),
    );
    await page.goto(fileUrl, { waitUntil: 'load' });

    expect(requests.filter((url) => url !== fileUrl)).toEqual([]);
    expect(failed).toEqual([]);
    expect(errors).toEqual([]);

    // The hostile title is text: no image element, the words as typed.
    expect(await page.locator('img').count()).toBe(0);
    await expect
      .poll(() => page.locator('article.issue h4').first().textContent())
      .toBe(`Issue 1: ${HOSTILE_TITLE}`);

    // Each target panel is charted: a line with its points and the target's dashed line.
    const latencyChart = page.locator('figure.panel-chart[data-panel-id="latency"] svg.chart');
    expect(Number(await latencyChart.getAttribute('data-points'))).toBeGreaterThanOrEqual(120);
    const d = (await latencyChart.locator('path.line').first().getAttribute('d')) ?? '';
    expect(d.split(/[ML ]/).filter(Boolean).length).toBeGreaterThan(100);
    expect(await latencyChart.locator('line.threshold').count()).toBe(1);
    expect(await page.locator('figure.snapshot svg.chart path.line').count()).toBeGreaterThanOrEqual(6);
    await page.screenshot({ path: SCREENSHOT_PATH, clip: { x: 0, y: 0, ...VIEWPORT } });

    // The filter bar, shown by the script; every event listed until filtered.
    const bar = page.locator('#timeline-filter');
    await expect.poll(() => bar.isVisible()).toBe(true);
    expect(await visibleRows(page)).toBe(eventCount);
    await bar.locator('[data-filter="text"]').fill('replicas');
    await expect.poll(() => visibleRows(page)).toBe(3);
    const shown = await page.locator('#timeline-table tbody tr:visible td:nth-child(5)').allTextContents();
    expect(shown.every((subject) => subject.includes('replicas'))).toBe(true);
    await bar.locator('[data-filter="text"]').fill('');
    await bar.locator('[data-filter="kind"]').selectOption('issue.opened');
    await expect.poll(() => visibleRows(page)).toBe(1);
    // The chunks of rows the filter emptied are hidden whole, so no blank stretch is left to scroll.
    const chunks = page.locator('#timeline-table .event-chunk');
    expect(await chunks.count()).toBe(Math.ceil(eventCount / 500));
    expect(await page.locator('#timeline-table .event-chunk:visible').count()).toBe(1);
    await bar.locator('[data-filter="kind"]').selectOption('');
    await bar.locator('[data-filter="key"]').check();
    const keyRows = await visibleRows(page);
    expect(keyRows).toBeGreaterThan(5);
    expect(keyRows).toBeLessThan(eventCount);
    expect(await page.locator('#timeline-table tbody tr.key').count()).toBe(keyRows);

    // Printed: no filter bar, every row, whatever the filter on screen.
    await page.emulateMedia({ media: 'print' });
    expect(await bar.isVisible()).toBe(false);
    expect(await visibleRows(page)).toBe(eventCount);
    expect(await page.locator('#timeline-table .event-chunk:visible').count()).toBe(await chunks.count());
    expect(await page.locator('nav.contents').isVisible()).toBe(false);
    await page.close();
  });
});
