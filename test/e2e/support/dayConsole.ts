import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';

/** Where the day's pictures go: outside the repository; the README's copies are chosen by hand. */
export const SCREENSHOT_DIR = '/tmp/rehearsal-day';

/** How long the console may take to show what the host has just sent it, on a busy two-core machine. */
export const SHOW_TIMEOUT_MS = 10_000;

/** The views, by the id their nav button and their section carry. */
export type ViewId = 'dashboard' | 'runbooks' | 'terminals' | 'journal' | 'report' | 'rehearsal';

/** Each view's shortcut (README, Keyboard shortcuts): the day is driven as an operator drives it. */
const VIEW_KEYS: Record<ViewId, string> = {
  dashboard: 'Alt+Digit1',
  runbooks: 'Alt+Digit2',
  terminals: 'Alt+Digit3',
  journal: 'Alt+Digit4',
  report: 'Alt+Digit5',
  rehearsal: 'Alt+Digit6',
};

/** An attribute of the element, or null while there is none. */
export function attributeOf(locator: Locator, name: string): Promise<string | null> {
  return locator.getAttribute(name, { timeout: 1_000 }).catch(() => null);
}

/** The element's text, or '' while there is none. */
export function textOf(locator: Locator): Promise<string> {
  return locator
    .innerText({ timeout: 1_000 })
    .then((text) => text.trim())
    .catch(() => '');
}

/** Polls `read` until `accept` holds, every interval, for at most `timeoutMs`; the last value names a miss. */
export async function waitFor<T>(
  what: string,
  read: () => Promise<T>,
  accept: (value: T) => boolean,
  timeoutMs: number,
  intervalMs = 250,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!accept(value)) {
    if (Date.now() > deadline)
      throw new Error(`${what}: still ${JSON.stringify(value)} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
    value = await read();
  }
  return value;
}

/** The moves of one operator through a whole test day, view by view. */
export class DayConsole {
  constructor(readonly page: Page) {}

  byTestId(testId: string): Locator {
    return this.page.getByTestId(testId);
  }

  /** Brings a view up with its shortcut and waits until its nav button says it is the one shown. */
  async show(view: ViewId): Promise<void> {
    await this.page.keyboard.press(VIEW_KEYS[view]);
    await this.page
      .locator(`[data-testid="nav-${view}"][aria-current="page"]`)
      .waitFor({ timeout: SHOW_TIMEOUT_MS });
    if (view !== 'terminals') await this.byTestId(`${view}-view`).waitFor({ timeout: SHOW_TIMEOUT_MS });
  }

  /** A picture of the whole window, named after the view it shows. */
  async screenshot(name: string): Promise<string> {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const path = join(SCREENSHOT_DIR, `${name}.png`);
    await this.page.screenshot({ path });
    return path;
  }

  /**
   * Dismisses the breach notices, as a person does once they have read them: they stay until then
   * in the corner, over the views (under a dialog), and can cover a form's buttons there.
   */
  async dismissNotices(): Promise<void> {
    const dismiss = this.page.locator('[data-testid="toast"] button[aria-label="Dismiss"]');
    for (let left = await dismiss.count(); left > 0; left--) await dismiss.first().click();
  }

  /** Journal → Start a day, with its environment and operators. */
  async startDay(name: string, environment: string, operators: string): Promise<void> {
    await this.show('journal');
    await this.byTestId('day-start-name').fill(name);
    await this.byTestId('day-start-environment').fill(environment);
    await this.byTestId('day-start-operators').fill(operators);
    await this.byTestId('day-start-submit').click();
    await waitFor(
      'the day bar',
      () => textOf(this.byTestId('day-name')),
      (text) => text === name,
      SHOW_TIMEOUT_MS,
    );
  }

  /** Journal → End the day, with the go-live decision and its reason. */
  async endDay(decision: 'go' | 'no-go', reason: string): Promise<void> {
    await this.show('journal');
    await this.byTestId('day-end').click();
    await this.byTestId('day-end-decision').selectOption(decision);
    await this.byTestId('day-end-reason').fill(reason);
    await this.dismissNotices();
    await this.byTestId('day-end-submit').click();
    await this.byTestId('day-end-form').waitFor({ state: 'detached', timeout: SHOW_TIMEOUT_MS });
  }

  /** Ctrl+Shift+L from wherever the operator is: a title and a severity. */
  async logIssue(title: string, severity: 1 | 2 | 3 | 4 | 5): Promise<void> {
    await this.page.keyboard.press('Control+Shift+L');
    const dialog = this.byTestId('log-issue-dialog');
    await dialog.waitFor({ timeout: SHOW_TIMEOUT_MS });
    await this.byTestId('log-issue-title').fill(title);
    await this.byTestId(`log-issue-severity-${severity}`).check();
    await this.byTestId('log-issue-submit').click();
    await dialog.waitFor({ state: 'detached', timeout: SHOW_TIMEOUT_MS });
  }

  /** Journal → the issue's detail, with the snapshot frozen when it was logged. */
  async openIssue(title: string): Promise<Locator> {
    await this.show('journal');
    await this.byTestId('issue-row').filter({ hasText: title }).click({ timeout: SHOW_TIMEOUT_MS });
    const detail = this.byTestId('issue-detail');
    await detail.waitFor({ timeout: SHOW_TIMEOUT_MS });
    return detail;
  }

  /** A dashboard panel's target badge: ok, pending, breached or no data. */
  panelState(panelId: string): Promise<string | null> {
    const panel = this.page.locator(`[data-testid="dashboard-panel"][data-panel-id="${panelId}"]`);
    return attributeOf(panel.getByTestId('panel-state'), 'data-state');
  }

  /** Rehearsal → Start rehearsal with a load profile: the service, Redis, Prometheus and the load. */
  async startRehearsal(load: string, timeoutMs: number): Promise<void> {
    await this.show('rehearsal');
    await this.byTestId('rehearsal-load-choice').selectOption(load);
    await this.byTestId('rehearsal-start').click();
    await waitFor(
      'the sandbox',
      () => attributeOf(this.byTestId('rehearsal-state'), 'data-state'),
      (state) => state === 'running',
      timeoutMs,
    );
    await this.byTestId('load-running').waitFor({ timeout: SHOW_TIMEOUT_MS });
  }

  /** The service's health as the Rehearsal view shows it. */
  health(): Promise<string | null> {
    return attributeOf(this.byTestId('rehearsal-health'), 'data-status');
  }

  /** Report → Results bundle; the folder it was written to. */
  async exportBundle(timeoutMs: number): Promise<string> {
    await this.show('report');
    await this.byTestId('report-export-bundle').click();
    const written = this.byTestId('report-export-dir');
    await written.waitFor({ timeout: timeoutMs }).catch(async (error) => {
      throw new Error(`${error}\n${await textOf(this.byTestId('report-view'))}`);
    });
    return written.innerText();
  }
}
