import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromiumContext } from '../../scripts/chromium';
import { type SandboxPrometheus, startSandboxPrometheus } from '../integration/metrics/sandboxPrometheus';
import { ConsolePage } from './support/consolePage';
import { dashboardWorkspaceYaml } from './support/dashboardWorkspace';
import { type ServeProcess, startServeProcess } from './support/serveProcess';

/** Rates need two scrapes of the sandbox (one a second) before the rate panel's query returns data. */
const QUERIES_READY_WITHIN_MS = 30_000;

const CHECKOUT_API = 'test/fixtures/grafana/checkout-api.json';

function check(page: Page, name: string) {
  return page.locator(`[data-testid="verify-check"][data-check="${name}"]`);
}

function panel(page: Page, id: string) {
  return page.locator(`[data-testid="dashboard-panel"][data-panel-id="${id}"]`);
}

async function openDashboard(browser: BrowserContext, url: string): Promise<Page> {
  const app = await ConsolePage.open(browser, url);
  await expect.poll(() => app.status()).toBe('connected');
  await app.page.getByTestId('nav-dashboard').click();
  await app.page.getByTestId('dashboard-view').getByText('Sandbox under test').waitFor();
  return app.page;
}

describe('the dashboard’s Verify and Import Grafana, through serve mode against a real Prometheus and the sandbox', () => {
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

  it('verifies the environment: passes against the sandbox, the broken query panel fails with Prometheus’s error', async () => {
    const page = await openDashboard(browser, serve.operatorUrl);
    await page.getByTestId('verify-open').click();
    const dialog = page.getByTestId('verify-dialog');
    await dialog.getByRole('heading', { name: 'Verify environment rehearsal' }).waitFor();

    // The rate needs a few scrapes: run again until its query returns data.
    await expect
      .poll(
        async () => {
          await dialog.getByTestId('verify-run-again').click({ timeout: 10_000 });
          await page
            .locator('[data-testid="verify-progress"][data-running="false"]')
            .waitFor({ state: 'attached' });
          return check(page, 'Panel request-rate queries').getAttribute('data-status');
        },
        { timeout: QUERIES_READY_WITHIN_MS, interval: 1_000 },
      )
      .toBe('pass');

    for (const name of [
      'Workspace file loads',
      'Prometheus ready',
      'Panel latency queries',
      'Health sandbox',
    ]) {
      expect(await check(page, name).getAttribute('data-status'), name).toBe('pass');
    }
    expect(await check(page, 'Prometheus ready').locator('.verify-status').textContent()).toBe('pass');
    expect(await check(page, 'Panel broken queries').getAttribute('data-status')).toBe('fail');
    expect(await check(page, 'Panel broken queries').locator('.verify-detail').textContent()).toMatch(
      /bad_data.*unclosed left parenthesis/,
    );
    // Failures are red, passes green.
    const colour = (name: string) =>
      check(page, name)
        .locator('.verify-status')
        .evaluate((cell) => getComputedStyle(cell).color);
    expect(await colour('Panel broken queries')).not.toBe(await colour('Prometheus ready'));
    expect(await dialog.getByTestId('verify-summary').textContent()).toMatch(
      /^Environment rehearsal is not ready: \d+ failed \(.*Panel broken queries.*\)/,
    );

    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  }, 120_000);

  it('lets a viewer verify but not import', async () => {
    const page = await openDashboard(browser, serve.viewerUrl);
    expect(await page.getByTestId('verify-open').isEnabled()).toBe(true);
    const importButton = page.getByTestId('import-open');
    expect(await importButton.isDisabled()).toBe(true);
    expect(await importButton.getAttribute('title')).toBe('A read-only viewer cannot change warroom.yaml.');
    await page.close();
  });

  it('imports a Grafana dashboard: the file previewed, added to warroom.yaml, its panels on the dashboard', async () => {
    const page = await openDashboard(browser, serve.operatorUrl);
    await page.getByTestId('import-open').click();
    const dialog = page.getByTestId('import-dialog');
    await dialog.getByTestId('import-file').setInputFiles(CHECKOUT_API);

    await expect.poll(() => dialog.getByTestId('import-converted').getAttribute('data-count')).toBe('7');
    expect(await dialog.getByTestId('import-yaml').textContent()).toContain('id: p95-latency');
    expect(await dialog.getByTestId('import-skipped').textContent()).toContain(
      'Error logs: a logs panel; only timeseries, graph, stat, gauge, bargauge panels are converted',
    );
    expect(await dialog.getByTestId('import-warnings').textContent()).toContain(
      '$job is a Grafana variable; replace it with a value',
    );

    await dialog.getByTestId('import-apply').click();
    await dialog.waitFor({ state: 'detached' });
    await expect
      .poll(() => page.getByTestId('toast').allTextContents())
      .toEqual(
        expect.arrayContaining([expect.stringMatching(/Added 7 panels to warroom\.yaml.*"request-rate-2"/)]),
      );
    // The watcher reloads the workspace: the imported panels join the dashboard, the clashing one renamed.
    await panel(page, 'p95-latency').waitFor({ timeout: 10_000 });
    await panel(page, 'request-rate-2').waitFor();
    expect(await panel(page, 'request-rate').count()).toBe(1);
    expect(await page.getByTestId('dashboard-panel').count()).toBe(5 + 7);
  }, 60_000);
});
