import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromiumContext } from '../../scripts/chromium';
import { ConsolePage } from './support/consolePage';
import { type ServeProcess, startServeProcess } from './support/serveProcess';

const DAY_NAME = 'Payments soak';
const ISSUE_TITLE = 'Payments p99 over 2 s';

/** A workspace with one environment and nothing to measure: the built-in criteria find no data to pass. */
const WORKSPACE_YAML = `environments:
  staging:
    variables: { REGION: eu-west-1 }
`;

/** The preview is asked again at most every 2 s; the rest is the host building the report. */
const PREVIEW_UPDATE_MS = 8_000;

async function openReport(app: ConsolePage): Promise<void> {
  await expect.poll(() => app.status()).toBe('connected');
  await app.page.getByTestId('nav-report').click();
  await app.page.getByTestId('report-view').waitFor();
  await app.page
    .getByTestId('report-verdict')
    .waitFor({ timeout: 10_000 })
    .catch(async (error) => {
      throw new Error(`${error}\n${await app.page.getByTestId('report-view').innerText()}`);
    });
}

function previewText(page: Page): Promise<string> {
  return page.getByTestId('report-preview-body').innerText();
}

describe('the Report view in the browser, through serve mode', () => {
  let serve: ServeProcess;
  let browser: BrowserContext;

  beforeAll(async () => {
    serve = await startServeProcess([], { warroomYaml: WORKSPACE_YAML });
    browser = await launchChromiumContext();
  });
  afterAll(async () => {
    await browser?.close();
    await serve?.stop();
  });

  it('previews the day live, takes an override with its reason, and exports the HTML report', async () => {
    const app = await ConsolePage.open(browser, serve.operatorUrl);
    const { page } = app;
    await expect.poll(() => app.status()).toBe('connected');
    await page.getByTestId('nav-journal').click();
    await page.getByTestId('day-start-name').fill(DAY_NAME);
    await page.getByTestId('day-start-environment').fill('staging');
    await page.getByTestId('day-start-submit').click();
    await expect.poll(() => page.getByTestId('day-name').textContent()).toBe(DAY_NAME);
    await page.getByTestId('note-input').fill('Ramping to 2 000 VUs');
    await page.getByTestId('note-input').press('Enter');

    await openReport(app);
    expect(await page.getByTestId('report-verdict').getAttribute('class')).toMatch(
      /report-verdict-(go|no-go)/,
    );
    expect(await page.getByTestId('report-verdict-reason').innerText()).not.toBe('');
    expect(await page.getByTestId('report-as-of').innerText()).toMatch(
      new RegExp(`${DAY_NAME} · as of \\d\\d:\\d\\d:\\d\\d · still being recorded`),
    );
    expect(await page.getByTestId('report-criterion').count()).toBeGreaterThan(0);
    await expect.poll(() => previewText(page)).toContain(DAY_NAME);
    expect(await previewText(page)).not.toContain(ISSUE_TITLE);

    await page.keyboard.press('Control+Shift+L');
    await page.getByTestId('log-issue-dialog').waitFor();
    await page.getByTestId('log-issue-title').fill(ISSUE_TITLE);
    await page.getByTestId('log-issue-severity-1').check();
    await page.getByTestId('log-issue-submit').click();
    await page.getByTestId('log-issue-dialog').waitFor({ state: 'detached' });
    const loggedAt = Date.now();
    await expect.poll(() => previewText(page), { timeout: PREVIEW_UPDATE_MS }).toContain(ISSUE_TITLE);
    expect(Date.now() - loggedAt).toBeLessThan(PREVIEW_UPDATE_MS);
    expect(await page.getByTestId('report-view').count()).toBe(1);

    const open = page.locator('[data-testid="report-criterion"][data-overridden="false"]', {
      has: page.getByTestId('report-override'),
    });
    const criterion = open.first();
    const name = await criterion.getAttribute('data-criterion');
    expect(name).not.toBeNull();
    await criterion.getByTestId('report-override').click();
    await page.getByTestId('report-override-dialog').waitFor();
    expect(await page.getByTestId('report-override-submit').isDisabled()).toBe(true);
    await page
      .getByTestId('report-override-reason')
      .fill('  Accepted by the release board: rerun on Friday  ');
    await page.getByTestId('report-override-submit').click();
    await page.getByTestId('report-override-dialog').waitFor({ state: 'detached' });
    const overridden = page.locator(`[data-testid="report-criterion"][data-criterion="${name}"]`);
    await expect.poll(() => overridden.getAttribute('data-overridden')).toBe('true');
    expect(await overridden.getByTestId('report-criterion-overridden').innerText()).toMatch(/overridden/i);
    expect(await overridden.getByTestId('report-override').count()).toBe(0);
    await expect
      .poll(() => previewText(page), { timeout: PREVIEW_UPDATE_MS })
      .toContain('Accepted by the release board: rerun on Friday');

    await page.getByTestId('report-export-html').click();
    await page.getByTestId('report-export-result').waitFor();
    const dir = await page.getByTestId('report-export-dir').innerText();
    expect(dir.startsWith(join(serve.workspace, 'test-results'))).toBe(true);
    const htmlFiles = readdirSync(dir).filter((file) => file.endsWith('.html'));
    expect(htmlFiles.length).toBe(1);
    const written = join(dir, String(htmlFiles[0]));
    expect(existsSync(written)).toBe(true);
    const html = readFileSync(written, 'utf8');
    expect(html).toContain(DAY_NAME);
    expect(html).toContain(ISSUE_TITLE);
    expect(await page.getByTestId('report-export-result').innerText()).toContain(String(htmlFiles[0]));
    await page.close();
  });

  it('lets a viewer read the report but not export it or override a criterion', async () => {
    const viewer = await ConsolePage.open(browser, serve.viewerUrl);
    const { page } = viewer;
    await openReport(viewer);
    await expect.poll(() => previewText(page)).toContain(DAY_NAME);
    for (const format of ['md', 'html', 'pdf', 'bundle']) {
      expect(await page.getByTestId(`report-export-${format}`).isDisabled()).toBe(true);
    }
    const overrides = page.getByTestId('report-override');
    const count = await overrides.count();
    for (let i = 0; i < count; i++) expect(await overrides.nth(i).isDisabled()).toBe(true);
    if (count > 0) {
      expect(await page.getByTestId('report-override-unavailable').innerText()).toMatch(/read-only viewer/);
    }
    await page.close();
  });
});
