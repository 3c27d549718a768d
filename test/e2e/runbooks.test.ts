import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromiumContext } from '../../scripts/chromium';
import { ConsolePage } from './support/consolePage';
import {
  CHECKLIST_ID,
  MARKER_FILE,
  READY_LINE,
  RUNBOOK_WORKSPACE_YAML,
  writeChecklist,
} from './support/runbookWorkspace';
import { type ServeProcess, startServeProcess } from './support/serveProcess';

/** The operator named when the day starts; every tick and run is attributed to them. */
const OPERATOR = 'ana';

/** What a ticked check says under it: who, and the time of day to the second. */
const TICKED_BY_OPERATOR = new RegExp(`^ticked by ${OPERATOR} at \\d{2}:\\d{2}:\\d{2}$`);

/** Long enough for a short command in a fresh pty on a busy two-core machine. */
const STEP_TIMEOUT_MS = 15_000;

/** How long the console may take to show what the host has just sent it. */
const SHOW_TIMEOUT_MS = 5_000;

/** What two ticks, a command step run alone and a confirmed one leave in the journal. */
const EXPECTED_KINDS = {
  'checklist.ticked': 2,
  'runbook.started': 2,
  'command.started': 2,
  'command.finished': 2,
  'runbook.confirmed': 1,
  'runbook.finished': 2,
};

function checkboxes(page: Page) {
  return page.locator('input[type="checkbox"][data-testid^="check-"]');
}

/** Each manual check's box as a person sees it: ticked or not, and whether it can be changed. */
function boxStates(page: Page): Promise<{ checked: boolean; disabled: boolean }[]> {
  return checkboxes(page).evaluateAll((all) =>
    all.map((box) => ({
      checked: (box as HTMLInputElement).checked,
      disabled: (box as HTMLInputElement).disabled,
    })),
  );
}

/** An attribute of the element with this test id, or null while there is none. */
function attribute(page: Page, testId: string, name: string): Promise<string | null> {
  return page
    .getByTestId(testId)
    .getAttribute(name, { timeout: 1_000 })
    .catch(() => null);
}

/** The text of the element with this test id, or '' while there is none. */
function text(page: Page, testId: string): Promise<string> {
  return page
    .getByTestId(testId)
    .textContent({ timeout: 1_000 })
    .then((content) => content ?? '')
    .catch(() => '');
}

function stepStatus(page: Page, stepId: string): Promise<string | null> {
  return attribute(page, `step-${stepId}`, 'data-status');
}

/** How many timeline rows of each expected kind the Journal view shows. */
async function journalCounts(page: Page): Promise<Record<string, number>> {
  const kinds = await page
    .getByTestId('timeline-row')
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-kind') ?? ''));
  return Object.fromEntries(
    Object.keys(EXPECTED_KINDS).map((kind) => [kind, kinds.filter((seen) => seen === kind).length]),
  );
}

/** Opens the Runbooks view with its shortcut, and the checklist from under its phase in the list. */
async function openChecklist(app: ConsolePage): Promise<void> {
  const { page } = app;
  await page.bringToFront();
  await expect.poll(() => app.status(), { timeout: SHOW_TIMEOUT_MS }).toBe('connected');
  await page.keyboard.press('Alt+Digit2');
  await page.getByTestId('runbooks-view').waitFor({ timeout: SHOW_TIMEOUT_MS });
  const underPhase = page
    .getByTestId('runbook-group-checklist')
    .locator('div')
    .filter({ has: page.getByTestId('runbook-phase-24h-before') })
    .getByTestId(`runbook-row-${CHECKLIST_ID}`);
  await underPhase.click({ timeout: 10_000 });
  await page
    .locator(`[data-testid="runbook-pane"][data-runbook-id="${CHECKLIST_ID}"]`)
    .waitFor({ timeout: SHOW_TIMEOUT_MS });
}

/** Runs one step alone, as a person does: its Run button, then Start in the run form. */
async function runStep(page: Page, stepId: string): Promise<void> {
  await page.bringToFront();
  await page.getByTestId(`step-run-${stepId}`).click({ timeout: SHOW_TIMEOUT_MS });
  const form = page.getByTestId('run-form');
  await form.waitFor({ timeout: SHOW_TIMEOUT_MS });
  await expect
    .poll(() => page.getByTestId('run-environment').inputValue({ timeout: 1_000 }), {
      timeout: SHOW_TIMEOUT_MS,
    })
    .toBe('staging');
  await page.getByTestId('run-start').click({ timeout: SHOW_TIMEOUT_MS });
  await form.waitFor({ state: 'detached', timeout: SHOW_TIMEOUT_MS });
}

/**
 * Two consoles stand for two people at two screens. Chromium runs a page behind another slowly
 * (animation frames wait), so the page acted on is brought to the front first, as on a screen.
 */
describe('the runbooks view, through serve mode', () => {
  let serve: ServeProcess;
  let browser: BrowserContext;
  let runbookFolder = '';

  beforeAll(async () => {
    serve = await startServeProcess([], {
      warroomYaml: RUNBOOK_WORKSPACE_YAML,
      // Called with the scratch workspace before the console starts, so it finds the checklist at once.
      env: (workspace) => {
        runbookFolder = writeChecklist(workspace);
        return {};
      },
    });
    browser = await launchChromiumContext();
  });
  afterAll(async () => {
    await browser?.close();
    await serve?.stop();
  });

  it('ticks checks, runs a step with its output inline and in Terminals, confirms a dangerous one, and journals it all', async () => {
    const app = await ConsolePage.open(browser, serve.operatorUrl);
    const { page } = app;
    await expect.poll(() => app.status(), { timeout: SHOW_TIMEOUT_MS }).toBe('connected');

    // The day starts with the operator's name, so what follows is attributed to them.
    await page.getByTestId('nav-journal').click();
    await page.getByTestId('day-start-name').fill('Runbooks rehearsal');
    await page.getByTestId('day-start-environment').fill('staging');
    await page.getByTestId('day-start-operators').fill(OPERATOR);
    await page.getByTestId('day-start-submit').click();
    await expect.poll(() => text(page, 'day-name'), { timeout: SHOW_TIMEOUT_MS }).toBe('Runbooks rehearsal');

    await openChecklist(app);
    const checkIds = await checkboxes(page).evaluateAll((all) =>
      all.map((box) => (box.getAttribute('data-testid') ?? '').replace(/^check-/, '')),
    );
    expect(checkIds).toHaveLength(3);
    for (const stepId of checkIds.slice(0, 2)) {
      // check() also asserts the box shows the tick the moment it is clicked.
      await page.getByTestId(`check-${stepId}`).check({ timeout: SHOW_TIMEOUT_MS });
      await expect
        .poll(() => text(page, `check-by-${stepId}`), { timeout: SHOW_TIMEOUT_MS })
        .toMatch(TICKED_BY_OPERATOR);
    }
    expect((await boxStates(page)).map((box) => box.checked)).toEqual([true, true, false]);
    expect(await page.getByTestId(`check-by-${checkIds[2]}`).count()).toBe(0);

    // The command step alone: its output under it, then on the screen of its terminal.
    await runStep(page, 'say-ready');
    await expect.poll(() => stepStatus(page, 'say-ready'), { timeout: STEP_TIMEOUT_MS }).toBe('passed');
    const step = page.getByTestId('step-say-ready');
    expect(await step.getByTestId('step-output-say-ready').textContent()).toBe(READY_LINE);
    expect(await step.getByTestId('step-exit-say-ready').textContent()).toBe('exit 0');
    await step.getByTestId('step-terminal-say-ready').click();
    const activeTab = page.locator('[data-testid="terminal-tab"][aria-selected="true"]');
    const terminalId = (await activeTab.getAttribute('data-terminal-id', { timeout: SHOW_TIMEOUT_MS })) ?? '';
    expect(terminalId).not.toBe('');
    await app.waitForScreen(terminalId, new RegExp(`^${READY_LINE}$`, 'm'));

    // The dangerous step: the dialog names the resolved command and where it acts; Approve runs it.
    const marker = join(runbookFolder, MARKER_FILE);
    await openChecklist(app);
    await runStep(page, 'flush-cache');
    const dialog = page.getByTestId('confirm-dialog');
    await dialog.waitFor({ timeout: STEP_TIMEOUT_MS });
    expect(await dialog.getByTestId('confirm-command').textContent()).toBe(
      `echo "FLUSHALL in shop-e2e" > ${MARKER_FILE}`,
    );
    expect(await dialog.getByTestId('confirm-environment').textContent()).toBe('staging');
    expect(await dialog.getByTestId('confirm-context').textContent()).toBe('NAMESPACE=shop-e2e');
    expect(await dialog.getByTestId('confirm-reasons').textContent()).toContain('"FLUSHALL"');
    expect(await stepStatus(page, 'flush-cache')).toBe('waiting');
    expect(existsSync(marker)).toBe(false);
    await dialog.getByTestId('confirm-approve').click();
    await dialog.waitFor({ state: 'detached', timeout: SHOW_TIMEOUT_MS });
    await expect.poll(() => stepStatus(page, 'flush-cache'), { timeout: STEP_TIMEOUT_MS }).toBe('passed');
    expect(readFileSync(marker, 'utf8')).toBe('FLUSHALL in shop-e2e\n');

    // All of it, in the journal.
    await page.getByTestId('nav-journal').click();
    await page.getByTestId('journal-view').waitFor({ timeout: SHOW_TIMEOUT_MS });
    await expect.poll(() => journalCounts(page), { timeout: 10_000 }).toEqual(EXPECTED_KINDS);
    await page.close();
  });

  it('shows a viewer the checklist and its runs as they go, with no Run buttons and checks it cannot tick', async () => {
    const operator = await ConsolePage.open(browser, serve.operatorUrl);
    const viewer = await ConsolePage.open(browser, serve.viewerUrl);
    const { page } = viewer;
    await openChecklist(operator);
    await openChecklist(viewer);
    await page.getByTestId('runbooks-read-only').waitFor({ timeout: SHOW_TIMEOUT_MS });
    await expect
      .poll(() => attribute(page, 'run-status', 'data-status'), { timeout: SHOW_TIMEOUT_MS })
      .toBe('passed');
    expect(await stepStatus(page, 'flush-cache')).toBe('passed');
    expect(await page.locator('[data-testid^="step-run-"]').count()).toBe(0);
    expect(await page.getByTestId('run-all').count()).toBe(0);
    expect(await boxStates(page)).toEqual([
      { checked: true, disabled: true },
      { checked: true, disabled: true },
      { checked: false, disabled: true },
    ]);

    // The operator ticks the last check; the viewer sees it, and who ticked it, without asking.
    const lastCheck = (await checkboxes(operator.page).last().getAttribute('data-testid')) ?? '';
    await operator.page.bringToFront();
    await operator.page.getByTestId(lastCheck).check({ timeout: SHOW_TIMEOUT_MS });
    await expect
      .poll(() => text(page, lastCheck.replace(/^check-/, 'check-by-')), { timeout: SHOW_TIMEOUT_MS })
      .toMatch(TICKED_BY_OPERATOR);
    expect((await boxStates(page)).every((box) => box.checked && box.disabled)).toBe(true);

    // A run waiting on a confirmation: the viewer sees what it waits for, but cannot answer it.
    const marker = join(runbookFolder, MARKER_FILE);
    rmSync(marker);
    await runStep(operator.page, 'flush-cache');
    await operator.page.getByTestId('confirm-dialog').waitFor({ timeout: STEP_TIMEOUT_MS });
    const pending = page.getByTestId('confirm-pending');
    await pending.waitFor({ timeout: SHOW_TIMEOUT_MS });
    expect(await pending.getByTestId('confirm-command').textContent()).toContain('FLUSHALL in shop-e2e');
    expect(await stepStatus(page, 'flush-cache')).toBe('waiting');
    // How long the run has been held counts up, past a second, while nobody answers.
    await expect
      .poll(() => text(page, 'step-duration-flush-cache'), { timeout: SHOW_TIMEOUT_MS })
      .toMatch(/^\d+\.\d s$/);
    for (const control of ['confirm-dialog', 'confirm-approve', 'run-stop', 'run-pause']) {
      expect(await page.getByTestId(control).count()).toBe(0);
    }

    // The operator says no: the run stops there, the command never runs, and the viewer sees that too.
    await operator.page.bringToFront();
    await operator.page.getByTestId('confirm-stop').click();
    await expect
      .poll(() => attribute(page, 'run-status', 'data-status'), { timeout: SHOW_TIMEOUT_MS })
      .toBe('stopped');
    await pending.waitFor({ state: 'detached', timeout: SHOW_TIMEOUT_MS });
    expect(await text(page, 'run-reason')).toBe(`flush-cache was not confirmed by ${OPERATOR}`);
    expect(existsSync(marker)).toBe(false);
    await viewer.page.close();
    await operator.page.close();
  });
});
