import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromiumContext } from '../../scripts/chromium';
import { type SandboxPrometheus, startSandboxPrometheus } from '../integration/metrics/sandboxPrometheus';
import { ConsolePage } from './support/consolePage';
import { dashboardWorkspaceYaml } from './support/dashboardWorkspace';
import { runCli, type ServeProcess, startServeProcess } from './support/serveProcess';

/** Where the README's picture of the dashboard is written. */
const SCREENSHOT_PATH = '/tmp/dashboard.png';

/** A breach takes the 6 s rate window to fill with slow requests, then the 4 s `for`. */
const BREACH_WITHIN_MS = 40_000;

function panel(page: Page, id: string) {
  return page.locator(`[data-testid="dashboard-panel"][data-panel-id="${id}"]`);
}

async function chartNumber(
  page: Page,
  id: string,
  attribute: 'points' | 'markers' | 'series',
): Promise<number> {
  const value = await page
    .locator(`[data-testid="panel-chart"][data-panel-id="${id}"]`)
    .getAttribute(`data-${attribute}`, { timeout: 1_000 })
    .catch(() => null);
  return Number(value ?? 0);
}

async function badge(page: Page, id: string): Promise<string | null> {
  return panel(page, id)
    .getByTestId('panel-state')
    .getAttribute('data-state', { timeout: 1_000 })
    .catch(() => null);
}

describe('the dashboard view, through serve mode against a real Prometheus and the sandbox', () => {
  let sandbox: SandboxPrometheus;
  let serve: ServeProcess;
  let browser: BrowserContext;

  beforeAll(async () => {
    sandbox = await startSandboxPrometheus();
    serve = await startServeProcess([], {
      warroomYaml: dashboardWorkspaceYaml(sandbox.prometheus.port, sandbox.service.port),
    });
    browser = await launchChromiumContext();
  });
  afterAll(async () => {
    await browser?.close();
    await serve?.stop();
    await sandbox?.stop();
  });

  it('draws live charts, keeps a broken query to its panel, notifies a breach, marks the journal, and greys an outage', async () => {
    const app = await ConsolePage.open(browser, serve.operatorUrl);
    const { page } = app;
    await expect.poll(() => app.status()).toBe('connected');
    await page.getByTestId('nav-dashboard').click();
    await page.getByTestId('dashboard-view').getByText('Sandbox under test').waitFor();

    // The rate chart draws: a uPlot canvas, fed by the series store.
    await expect
      .poll(() => chartNumber(page, 'request-rate', 'points'), { timeout: 20_000 })
      .toBeGreaterThan(0);
    expect(await panel(page, 'request-rate').locator('canvas').count()).toBeGreaterThan(0);
    expect(await chartNumber(page, 'request-rate', 'series')).toBe(1);
    await expect
      .poll(() => panel(page, 'request-rate').locator('.chart-legend tbody th').textContent())
      .toContain('all routes');

    // Prometheus's own words on the broken panel, and only there, while the rate keeps updating.
    await expect
      .poll(
        () =>
          panel(page, 'broken')
            .getByTestId('panel-error')
            .textContent({ timeout: 1_000 })
            .catch(() => ''),
        {
          timeout: 20_000,
        },
      )
      .toMatch(/bad_data.*unclosed left parenthesis/);
    expect(await panel(page, 'request-rate').getByTestId('panel-error').count()).toBe(0);
    const points = await chartNumber(page, 'request-rate', 'points');
    await expect
      .poll(() => chartNumber(page, 'request-rate', 'points'), { timeout: 10_000 })
      .toBeGreaterThan(points);

    // Alerts and health.
    await expect
      .poll(() => panel(page, 'alerts').getByTestId('alerts-critical').getAttribute('data-count'))
      .toBe('0');
    await expect
      .poll(() => panel(page, 'health').getByTestId('health-endpoint').getAttribute('data-status'), {
        timeout: 20_000,
      })
      .toBe('UP');
    await expect.poll(() => badge(page, 'latency'), { timeout: 20_000 }).toBe('ok');

    // Added latency breaches the P95 target: the badge says so and a notice is raised
    // (headless Chromium grants no system notifications, so the console's own toast shows).
    sandbox.service.faults.set({ latencyMs: 500 });
    await expect.poll(() => badge(page, 'latency'), { timeout: BREACH_WITHIN_MS }).toBe('breached');
    await expect
      .poll(() => page.getByTestId('toast').allTextContents())
      .toEqual(expect.arrayContaining([expect.stringContaining('Latency breached its target')]));
    await expect
      .poll(() => panel(page, 'latency').getByTestId('panel-state').textContent())
      .toMatch(/since \d\d:\d\d:\d\d/);
    // The last five minutes, from the live window refetched: the picture for the README.
    await page.getByTestId('range-5m').click();
    expect(await page.getByTestId('range-5m').getAttribute('aria-checked')).toBe('true');
    await expect.poll(() => chartNumber(page, 'latency', 'points')).toBeGreaterThan(0);
    await page.screenshot({ path: SCREENSHOT_PATH });

    sandbox.service.faults.clear();
    await expect.poll(() => badge(page, 'latency'), { timeout: BREACH_WITHIN_MS }).toBe('ok');

    // A day started and a note added from the CLI appear as a marker on every chart.
    const journal = ['--journal', serve.journalPath];
    expect((await runCli(['day', 'start', 'Dashboard e2e', ...journal])).code).toBe(0);
    expect((await runCli(['note', 'Scaled the API to 3 replicas', ...journal])).code).toBe(0);
    await expect
      .poll(() => chartNumber(page, 'request-rate', 'markers'), { timeout: 10_000 })
      .toBeGreaterThan(0);
    await expect.poll(() => chartNumber(page, 'latency', 'markers')).toBeGreaterThan(0);

    // An issue logged now carries a snapshot that opens later as static charts.
    await page.keyboard.press('Control+Shift+L');
    await page.getByTestId('log-issue-dialog').waitFor();
    await page.keyboard.type('Latency spike during the drill');
    await page.getByTestId('log-issue-severity-3').check();
    await page.keyboard.press('Enter');
    await page.getByTestId('log-issue-dialog').waitFor({ state: 'detached' });
    await page.getByTestId('nav-journal').click();
    await page.getByTestId('journal-tab-snapshots').click();
    await page.getByTestId('snapshot-row').first().click();
    const frozen = page.getByTestId('snapshot-chart');
    await expect.poll(() => frozen.count()).toBeGreaterThanOrEqual(2);
    expect(Number(await frozen.first().getAttribute('data-points'))).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    await page.getByTestId('nav-dashboard').click();

    // Prometheus gone: every Prometheus panel greyed with its last data, saying since when.
    const before = await chartNumber(page, 'request-rate', 'points');
    await sandbox.prometheus.stop();
    await expect
      .poll(() => panel(page, 'request-rate').getAttribute('data-stale'), { timeout: 15_000 })
      .toBe('true');
    expect(await panel(page, 'latency').getAttribute('data-stale')).toBe('true');
    expect(await panel(page, 'request-rate').getByTestId('panel-unreachable').textContent()).toMatch(
      /unreachable since \d\d:\d\d:\d\d/,
    );
    expect(await page.getByTestId('datasource-down').textContent()).toMatch(/unreachable since/);
    expect(await chartNumber(page, 'request-rate', 'points')).toBeGreaterThanOrEqual(Math.min(before, 1));
  }, 240_000);
});
