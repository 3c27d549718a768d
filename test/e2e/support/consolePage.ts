import type { BrowserContext, Page } from 'playwright-core';

/** The DOM renderer keeps the screen's text in the page, where a test can read it. */
const DOM_RENDERER_SETTING = "localStorage.setItem('warroom.terminal.renderer', 'dom')";

/** A Warroom page in Chromium, with the few moves a person makes in these tests. */
export class ConsolePage {
  private constructor(readonly page: Page) {}

  /** Opens the console at `url`; `prepare` runs first, for init scripts of the test's own. */
  static async open(
    context: BrowserContext,
    url: string,
    prepare: (page: Page) => Promise<unknown> = async () => undefined,
  ): Promise<ConsolePage> {
    const page = await context.newPage();
    await page.addInitScript(DOM_RENDERER_SETTING);
    await prepare(page);
    await page.goto(url);
    return new ConsolePage(page);
  }

  status(): Promise<string | null> {
    return this.page.getByTestId('connection-status').getAttribute('data-status');
  }

  /** Waits until the page is connected and has shown the host's terminal list. */
  async waitUntilSettled(): Promise<void> {
    await this.page.locator('[data-testid="connection-status"][data-status="connected"]').waitFor();
    await this.page.getByTestId('nav-terminals').click();
    let count = -1;
    for (let stable = 0; stable < 3; ) {
      const now = await this.page.getByTestId('terminal-tab').count();
      stable = now === count ? stable + 1 : 0;
      count = now;
      await this.page.waitForTimeout(100);
    }
  }

  async openNewTerminal(): Promise<string> {
    await this.waitUntilSettled();
    const tabs = this.page.getByTestId('terminal-tab');
    const before = new Set(
      await tabs.evaluateAll((all) => all.map((tab) => tab.getAttribute('data-terminal-id'))),
    );
    await this.page.getByTestId('new-terminal').click();
    let id: string | null = null;
    const deadline = Date.now() + 10_000;
    while (!id && Date.now() < deadline) {
      const now = await tabs.evaluateAll((all) => all.map((tab) => tab.getAttribute('data-terminal-id')));
      id = now.find((candidate) => candidate && !before.has(candidate)) ?? null;
      if (!id) await this.page.waitForTimeout(50);
    }
    if (!id) throw new Error('no new terminal tab appeared');
    await this.waitForScreen(id, /[$#]$/m);
    return id;
  }

  /** Brings a terminal's tab to the front. */
  async showTerminal(id: string): Promise<void> {
    await this.page.getByTestId('nav-terminals').click();
    await this.tab(id).click();
    await this.pane(id).waitFor();
  }

  /** Closes a terminal from its tab's close button, as an operator does, and waits for the tab to go. */
  async closeTerminal(id: string, timeoutMs = 10_000): Promise<void> {
    const tab = this.tab(id);
    await tab.locator('.terminal-tab-close').click({ timeout: timeoutMs });
    await tab.waitFor({ state: 'detached', timeout: timeoutMs });
  }

  tab(id: string) {
    return this.page.locator(`[data-testid="terminal-tab"][data-terminal-id="${id}"]`);
  }

  pane(id: string) {
    return this.page.locator(`[data-testid="terminal-pane"][data-terminal-id="${id}"]`);
  }

  /** The terminal's visible text, one line per row. */
  async screen(id: string): Promise<string> {
    const rows = this.pane(id).locator('.xterm-rows > div');
    return (await rows.allTextContents()).map((row) => row.replace(/\u00a0/g, ' ').trimEnd()).join('\n');
  }

  async waitForScreen(id: string, pattern: RegExp, timeoutMs = 10_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    let text = '';
    while (Date.now() < deadline) {
      text = await this.screen(id);
      if (pattern.test(text)) return text;
      await this.page.waitForTimeout(100);
    }
    throw new Error(`terminal ${id} never showed ${pattern}; it shows:\n${text}`);
  }

  /** Types into the terminal as a person would, then presses Enter. */
  async typeLine(id: string, line: string): Promise<void> {
    await this.pane(id).locator('.xterm').click();
    await this.page.keyboard.type(line);
    await this.page.keyboard.press('Enter');
  }
}
