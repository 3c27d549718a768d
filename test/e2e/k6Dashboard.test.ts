import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromiumContext } from '../../scripts/chromium';
import { type K6RestStandIn, startK6RestStandIn } from '../support/k6RestStandIn';
import { ConsolePage } from './support/consolePage';
import { runCli, type ServeProcess, startServeProcess } from './support/serveProcess';

/** Where the README's picture of the k6 panels is written. */
const SCREENSHOT_PATH = '/tmp/k6-dashboard.png';

/** Seconds of k6 output replayed, ending a second ago: the charts' last minutes. */
const REPLAYED_SECONDS = 120;
const REQUESTS_PER_SECOND = 20;

function workspaceYaml(address: string): string {
  return `name: Load test
environments:
  load:
    description: k6 against the checkout service
    k6:
      jsonOutput: k6.json
      address: ${address}
      thresholds:
        http_req_failed: ['rate<0.5']
dashboard:
  title: Load test
  rows:
    - title: k6
      panels:
        - { title: Virtual users, type: k6, metric: vus }
        - { title: Requests, type: k6, metric: http_reqs }
        - { title: Latency, type: k6, metric: http_req_duration }
        - { title: Failed requests, type: k6, metric: http_req_failed }
        - { title: Checks, type: k6, metric: checks }
        - { title: Data, type: k6, metric: data }
`;
}

/** A k6 time as k6 writes it: RFC 3339 with nanoseconds and this machine's UTC offset, here +02:00. */
function k6Time(ms: number): string {
  const shifted = new Date(ms + 2 * 3600_000).toISOString().replace('Z', '');
  return `${shifted}123456+02:00`;
}

/**
 * k6's --out json of a test that ran until a second ago: latency 250-450 ms, so the script's
 * `p(95)<200` fails; one request in 20 fails; one check in 10 fails.
 */
function k6Output(nowMs: number): string {
  const lines: string[] = [];
  const metric = (name: string, type: string, contains: string, thresholds: string[]) =>
    lines.push(
      JSON.stringify({
        type: 'Metric',
        data: { name, type, contains, thresholds, submetrics: null },
        metric: name,
      }),
    );
  const point = (name: string, ms: number, value: number, tags: Record<string, string>) =>
    lines.push(JSON.stringify({ metric: name, type: 'Point', data: { time: k6Time(ms), value, tags } }));
  metric('vus', 'gauge', 'default', []);
  metric('http_reqs', 'counter', 'default', []);
  metric('http_req_duration', 'trend', 'time', ['p(95)<200']);
  metric('http_req_failed', 'rate', 'default', []);
  metric('checks', 'rate', 'default', ['rate>0.8']);
  metric('data_sent', 'counter', 'data', []);
  metric('data_received', 'counter', 'data', []);
  const start = nowMs - REPLAYED_SECONDS * 1000;
  let n = 0;
  for (let second = 0; second < REPLAYED_SECONDS; second++) {
    const base = start + second * 1000;
    point('vus', base, 10 + Math.floor(second / 10), {});
    for (let r = 0; r < REQUESTS_PER_SECOND; r++, n++) {
      const ms = base + r * (1000 / REQUESTS_PER_SECOND);
      const failed = n % 20 === 0;
      const tags = { method: 'GET', name: 'http://127.0.0.1/cart', status: failed ? '503' : '200' };
      point('http_reqs', ms, 1, tags);
      point('http_req_duration', ms, 250 + (n % 200), tags);
      point('http_req_failed', ms, failed ? 1 : 0, tags);
      point('checks', ms, n % 10 === 0 ? 0 : 1, { check: 'status is 200' });
      point('data_sent', ms, 320, tags);
      point('data_received', ms, 5120, tags);
    }
  }
  return `${lines.join('\n')}\n`;
}

function panel(page: Page, id: string) {
  return page.locator(`[data-testid="dashboard-panel"][data-panel-id="${id}"]`);
}

async function chartPoints(page: Page, id: string): Promise<number> {
  const value = await page
    .locator(`[data-testid="panel-chart"][data-panel-id="${id}"]`)
    .getAttribute('data-points', { timeout: 1_000 })
    .catch(() => null);
  return Number(value ?? 0);
}

describe('k6 on the dashboard, through serve mode: a replayed output file and a k6 REST API', () => {
  let standIn: K6RestStandIn;
  let serve: ServeProcess;
  let browser: BrowserContext;

  beforeAll(async () => {
    standIn = await startK6RestStandIn();
    serve = await startServeProcess([], { warroomYaml: workspaceYaml(standIn.address) });
    browser = await launchChromiumContext();
  });
  afterAll(async () => {
    await browser?.close();
    await serve?.stop();
    await standIn?.close();
  });

  it('fills the k6 panels, shows the failed threshold on its panel and in the journal, and stops k6 only once confirmed', async () => {
    const journal = ['--journal', serve.journalPath];
    expect((await runCli(['day', 'start', 'k6 e2e', ...journal])).code).toBe(0);
    writeFileSync(join(serve.workspace, 'k6.json'), k6Output(Date.now()));

    const app = await ConsolePage.open(browser, serve.operatorUrl);
    const { page } = app;
    await expect.poll(() => app.status()).toBe('connected');
    await page.getByTestId('nav-dashboard').click();
    const bar = page.getByTestId('k6-bar');
    const points = REPLAYED_SECONDS * (1 + 6 * REQUESTS_PER_SECOND);
    await expect
      .poll(() => bar.getByTestId('k6-output').textContent(), { timeout: 15_000 })
      .toContain(points.toLocaleString('en-US'));

    // A dashboard of k6 panels fed from k6's output asks nothing of Prometheus, and says nothing of it.
    expect(await page.getByTestId('datasource-none').count()).toBe(0);

    // Every k6 panel draws, a point a second for the seconds replayed.
    for (const id of ['virtual-users', 'requests', 'latency', 'failed-requests', 'checks', 'data']) {
      await expect
        .poll(() => chartPoints(page, id), { timeout: 10_000 })
        .toBeGreaterThanOrEqual(REPLAYED_SECONDS - 5);
    }

    // The script's p(95)<200 fails: on the latency panel (badge, list) and in the bar's list.
    const latency = panel(page, 'latency');
    await expect
      .poll(() => latency.getByTestId('panel-state').getAttribute('data-state'), { timeout: 10_000 })
      .toBe('breached');
    const failedOnPanel = latency.locator('[data-testid="k6-threshold"][data-verdict="failed"]');
    await expect.poll(() => failedOnPanel.textContent()).toContain('p(95)<200');
    expect(await bar.getByTestId('k6-threshold-count').getAttribute('data-failed')).toBe('1');
    const requestsOk = panel(page, 'failed-requests').locator('[data-testid="k6-threshold"]');
    expect(await requestsOk.getAttribute('data-verdict')).toBe('ok');

    // The run as k6's API reports it; VU scaling is explained, not offered.
    await expect.poll(() => bar.getByTestId('k6-run').textContent(), { timeout: 5_000 }).toContain('Running');
    await page.screenshot({ path: SCREENSHOT_PATH, fullPage: true });
    // k6's own figures from its API, folded under the bar.
    await expect.poll(() => bar.getByTestId('k6-api-metric').count(), { timeout: 8_000 }).toBeGreaterThan(0);
    await bar.getByTestId('k6-api-metrics').locator('summary').click();
    await expect
      .poll(() => bar.getByTestId('k6-api-metrics').textContent())
      .toMatch(/http_req_duration.*avg 123 ms.*p\(95\) 158 ms/);
    await bar.getByTestId('k6-scale').click();
    await expect
      .poll(() => page.getByTestId('k6-notice').textContent())
      .toContain('Live VU scaling was removed');

    // Stop asks first: cancelling sends nothing, confirming sends the stop.
    await bar.getByTestId('k6-stop').click();
    await page.getByRole('button', { name: 'Keep running' }).click();
    expect(standIn.patches).toEqual([]);
    await bar.getByTestId('k6-stop').click();
    await page.getByTestId('k6-stop-confirm-accept').click();
    await expect.poll(() => standIn.patches.length).toBe(1);
    expect(standIn.patches[0]).toMatchObject({ data: { attributes: { stopped: true } } });

    // The journal holds the failed threshold (once), who stopped k6, and (once k6 has wound the run
    // down, a status read later) the summary, journaled by itself.
    await page.getByTestId('nav-journal').click();
    const timeline = page.getByTestId('journal-view');
    await expect
      .poll(() => timeline.textContent(), { timeout: 10_000 })
      .toContain('k6 threshold http_req_duration: p(95)<200 failed');
    expect(await timeline.textContent()).toContain('k6 stopped at');
    await expect.poll(() => timeline.textContent(), { timeout: 10_000 }).toContain('k6 summary of');
    const exported = await runCli(['journal', 'export', '--json', ...journal]);
    const events: { kind: string }[] = JSON.parse(exported.output).events;
    const count = (kind: string) => events.filter((event) => event.kind === kind).length;
    expect([count('k6.threshold.failed'), count('k6.control'), count('k6.summary')]).toEqual([1, 1, 1]);
  });
});
