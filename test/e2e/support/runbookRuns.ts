import type { Locator } from 'playwright-core';
import { attributeOf, type DayConsole, SHOW_TIMEOUT_MS, textOf, waitFor } from './dayConsole';

/** A run's statuses that end it (shared/runbookRunTypes.ts). */
const ENDED = new Set(['passed', 'failed', 'stopped', 'interrupted']);

/** The Runbooks view's moves on one runbook of the workspace, by its id (its path without `.md`). */
export class RunbookRuns {
  constructor(
    private readonly day: DayConsole,
    readonly runbookId: string,
  ) {}

  pane(): Locator {
    return this.day.page.locator(`[data-testid="runbook-pane"][data-runbook-id="${this.runbookId}"]`);
  }

  /** Runbooks view, then the runbook from the list. */
  async open(): Promise<void> {
    await this.day.show('runbooks');
    await this.day.byTestId(`runbook-row-${this.runbookId}`).click({ timeout: SHOW_TIMEOUT_MS });
    await this.pane().waitFor({ timeout: SHOW_TIMEOUT_MS });
  }

  /** Ticks every manual check of the runbook, each shown as ticked by the operator. */
  async tickEveryCheck(operator: string): Promise<number> {
    await this.open();
    const boxes = this.pane().locator('input[type="checkbox"][data-testid^="check-"]');
    const ids = await boxes.evaluateAll((all) =>
      all.map((box) => (box.getAttribute('data-testid') ?? '').replace(/^check-/, '')),
    );
    for (const id of ids) {
      await this.day.byTestId(`check-${id}`).check({ timeout: SHOW_TIMEOUT_MS });
      await waitFor(
        `who ticked ${id}`,
        () => textOf(this.day.byTestId(`check-by-${id}`)),
        (text) => text.startsWith(`ticked by ${operator} at`),
        SHOW_TIMEOUT_MS,
      );
    }
    return ids.length;
  }

  /**
   * Run all, filling the run form: `values` first, then `fallback` for any other variable the form
   * leaves empty (those the environment does not give, nor the runbook's defaults).
   */
  async runAll(values: Record<string, string>, fallback: Record<string, string> = {}): Promise<void> {
    await this.open();
    await this.pane().getByTestId('run-all').click({ timeout: SHOW_TIMEOUT_MS });
    const form = this.day.byTestId('run-form');
    await form.waitFor({ timeout: SHOW_TIMEOUT_MS });
    await this.day.byTestId('run-variables').waitFor({ timeout: SHOW_TIMEOUT_MS });
    const inputs = form.locator('input[data-testid^="run-var-input-"]');
    const names = await inputs.evaluateAll((all) =>
      all.map((input) => (input.getAttribute('data-testid') ?? '').replace(/^run-var-input-/, '')),
    );
    for (const name of names) {
      const input = this.day.byTestId(`run-var-input-${name}`);
      const given = values[name] ?? ((await input.inputValue()) === '' ? fallback[name] : undefined);
      if (given !== undefined) await input.fill(given);
    }
    await this.day.byTestId('run-start').click({ timeout: SHOW_TIMEOUT_MS });
    await form.waitFor({ state: 'detached', timeout: SHOW_TIMEOUT_MS });
  }

  /** The status of the run the pane follows. */
  runStatus(): Promise<string | null> {
    return attributeOf(this.pane().getByTestId('run-status'), 'data-status');
  }

  stepStatus(stepId: string): Promise<string | null> {
    return attributeOf(this.pane().getByTestId(`step-${stepId}`), 'data-status');
  }

  /** Waits for the run to end, and says how, with its reason when it did not pass. */
  async ended(timeoutMs: number): Promise<string> {
    const status = await waitFor(
      `the run of ${this.runbookId}`,
      () => this.runStatus(),
      (value) => value !== null && ENDED.has(value),
      timeoutMs,
      500,
    );
    const reason = await textOf(this.pane().getByTestId('run-reason'));
    return reason ? `${status}: ${reason}` : String(status);
  }

  /** Waits until a step of the run has this status. */
  async stepReaches(stepId: string, status: string, timeoutMs: number): Promise<void> {
    await waitFor(
      `step ${stepId} of ${this.runbookId}`,
      () => this.stepStatus(stepId),
      (s) => s === status,
      timeoutMs,
      500,
    );
  }

  /** The dialog a confirm step shows: the command as it will run. */
  async confirmation(stepId: string, timeoutMs: number): Promise<string> {
    await this.stepReaches(stepId, 'waiting', timeoutMs);
    const dialog = this.day.byTestId('confirm-dialog');
    await dialog.waitFor({ timeout: SHOW_TIMEOUT_MS });
    return dialog.getByTestId('confirm-command').innerText();
  }

  async approve(): Promise<void> {
    const dialog = this.day.byTestId('confirm-dialog');
    await dialog.getByTestId('confirm-approve').click();
    await dialog.waitFor({ state: 'detached', timeout: SHOW_TIMEOUT_MS });
  }

  /** Answers "no" to the confirmation: the run stops there. */
  async decline(): Promise<void> {
    const dialog = this.day.byTestId('confirm-dialog');
    await dialog.getByTestId('confirm-stop').click();
    await dialog.waitFor({ state: 'detached', timeout: SHOW_TIMEOUT_MS });
  }

  /** Skip on the failed step the run waits at. */
  async skip(stepId: string): Promise<void> {
    await this.day.dismissNotices();
    await this.pane().getByTestId(`step-skip-${stepId}`).click({ timeout: SHOW_TIMEOUT_MS });
  }
}
