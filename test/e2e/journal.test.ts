import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromiumContext } from '../../scripts/chromium';
import { ConsolePage } from './support/consolePage';
import { type ServeProcess, startServeProcess } from './support/serveProcess';

/** The kinds this test records itself; the shell may journal its own commands around them. */
const OURS = new Set(['day.started', 'issue.opened', 'note']);

interface Row {
  kind: string;
  seq: number;
  severity: string | null;
}

function timelineRows(page: Page): Promise<Row[]> {
  return page.getByTestId('timeline-row').evaluateAll((rows) =>
    rows.map((row) => ({
      kind: row.getAttribute('data-kind') ?? '',
      seq: Number(row.getAttribute('data-seq')),
      severity: row.getAttribute('data-severity'),
    })),
  );
}

async function ourKinds(page: Page): Promise<string[]> {
  return (await timelineRows(page)).map((row) => row.kind).filter((kind) => OURS.has(kind));
}

async function openJournal(app: ConsolePage): Promise<void> {
  await expect.poll(() => app.status()).toBe('connected');
  await app.page.getByTestId('nav-journal').click();
  await app.page.getByTestId('journal-view').waitFor();
}

describe('the journal in the browser, through serve mode', () => {
  let serve: ServeProcess;
  let browser: BrowserContext;

  beforeAll(async () => {
    serve = await startServeProcess();
    browser = await launchChromiumContext();
  });
  afterAll(async () => {
    await browser?.close();
    await serve?.stop();
  });

  it('records a day, an issue logged from a terminal and a note, in order, and keeps them', async () => {
    const app = await ConsolePage.open(browser, serve.operatorUrl);
    const { page } = app;
    await openJournal(app);

    await page.getByTestId('day-start-name').fill('Checkout soak');
    await page.getByTestId('day-start-environment').fill('staging');
    await page.getByTestId('day-start-operators').fill('ana, bo');
    await page.getByTestId('day-start-submit').click();
    await expect.poll(() => page.getByTestId('day-name').textContent()).toBe('Checkout soak');

    const terminal = await app.openNewTerminal();
    await app.pane(terminal).locator('.xterm').click();
    await page.keyboard.press('Control+Shift+L');
    const dialog = page.getByTestId('log-issue-dialog');
    await dialog.waitFor();
    await page.keyboard.type('Checkout p95 over 300 ms');
    await page.getByTestId('log-issue-severity-2').check();
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    const focusInTerminal = await page.evaluate(() => document.activeElement?.closest('.xterm') !== null);
    expect(focusInTerminal).toBe(true);
    expect(await app.screen(terminal)).not.toContain('Checkout p95');

    await page.getByTestId('nav-journal').click();
    await page.getByTestId('note-input').fill('Scaled api to 35 replicas');
    await page.getByTestId('note-input').press('Enter');
    await expect.poll(() => ourKinds(page)).toEqual(['day.started', 'issue.opened', 'note']);
    const seqs = (await timelineRows(page)).map((row) => row.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));

    await page.getByTestId('timeline-filter-severity-2').click();
    await expect
      .poll(async () => {
        const rows = await timelineRows(page);
        return rows.length > 0 && rows.every((row) => row.severity === '2') ? rows.map((r) => r.kind) : [];
      })
      .toContain('issue.opened');

    await page.reload();
    await openJournal(app);
    await expect.poll(() => ourKinds(page)).toEqual(['day.started', 'issue.opened', 'note']);
    await expect.poll(() => page.getByTestId('day-name').textContent()).toBe('Checkout soak');
    const issueRow = page.getByTestId('issue-row').filter({ hasText: 'Checkout p95 over 300 ms' });
    await issueRow.click();
    await page.getByTestId('issue-detail').waitFor();
    await page.getByTestId('issue-snapshot').first().click();
    await page.getByTestId('snapshot-dialog').waitFor();
    await page.keyboard.press('Escape');
    await page.getByTestId('snapshot-dialog').waitFor({ state: 'detached' });
    await page.close();
  });

  it('lets a viewer read the journal but offers no way to write to it', async () => {
    const viewer = await ConsolePage.open(browser, serve.viewerUrl);
    const { page } = viewer;
    await openJournal(viewer);
    await expect.poll(() => page.getByTestId('timeline-row').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('note-input').count()).toBe(0);
    expect(await page.getByTestId('day-start-form').count()).toBe(0);
    expect(await page.getByTestId('day-end').count()).toBe(0);
    await page.keyboard.press('Control+Shift+L');
    const dialog = page.getByTestId('log-issue-dialog');
    await dialog.waitFor();
    expect(await dialog.textContent()).toMatch(/read-only viewer cannot log issues/);
    expect(await page.getByTestId('log-issue-title').count()).toBe(0);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await page.close();
  });
});
