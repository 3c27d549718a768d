import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromiumContext } from '../../scripts/chromium';
import { ConsolePage } from './support/consolePage';
import { type ServeProcess, startServeProcess } from './support/serveProcess';

describe('terminals in the browser, through serve mode', () => {
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

  it('opens a terminal, runs a typed command and shows its expanded output', async () => {
    const app = await ConsolePage.open(browser, serve.operatorUrl);
    await expect.poll(() => app.status()).toBe('connected');
    const id = await app.openNewTerminal();
    await app.typeLine(id, 'echo hello-$RANDOM');
    const screen = await app.waitForScreen(id, /^hello-\d+$/m);
    expect(screen).toContain('echo hello-$RANDOM');
    await app.page.close();
  });

  it('follows the window size with the terminal’s columns', async () => {
    const app = await ConsolePage.open(browser, serve.operatorUrl);
    const id = await app.openNewTerminal();
    await app.typeLine(id, 'echo cols=$(tput cols)');
    const wide = Number(/^cols=(\d+)$/m.exec(await app.waitForScreen(id, /^cols=\d+$/m))?.[1]);
    await app.page.setViewportSize({ width: 700, height: 600 });
    let narrow = wide;
    const deadline = Date.now() + 5_000;
    while (narrow === wide && Date.now() < deadline) {
      await app.page.waitForTimeout(200);
      await app.typeLine(id, 'clear; echo narrow=$(tput cols)');
      narrow = Number(/^narrow=(\d+)$/m.exec(await app.waitForScreen(id, /^narrow=\d+$/m))?.[1]);
    }
    expect(wide).toBeGreaterThan(100);
    expect(narrow).toBeLessThan(wide * 0.65);
    expect(narrow).toBeGreaterThan(40);
    await app.page.close();
  });

  it('shows the exit code when the shell ends, a failure in red and a clean exit in green', async () => {
    const app = await ConsolePage.open(browser, serve.operatorUrl);
    const colourOf = (id: string) =>
      app
        .tab(id)
        .getByTestId('terminal-tab-exit')
        .evaluate((badge) => getComputedStyle(badge).color);
    const failed = await app.openNewTerminal();
    await app.typeLine(failed, 'exit 3');
    const banner = app.page.locator(`[data-testid="terminal-exit"]`).filter({ hasText: /3/ });
    await banner.waitFor({ timeout: 10_000 });
    expect(await banner.textContent()).toMatch(/exited with code 3/i);
    // The theme's --danger and --ok.
    expect(await colourOf(failed)).toBe('rgb(255, 123, 114)');

    const clean = await app.openNewTerminal();
    await app.typeLine(clean, 'exit 0');
    await app.page
      .locator(`[data-testid="terminal-exit"]`)
      .filter({ hasText: /code 0/ })
      .waitFor({ timeout: 10_000 });
    expect(await colourOf(clean)).toBe('rgb(63, 185, 80)');
    await app.page.close();
  });

  it('brings a new tab into sight when the tabs overflow their strip', async () => {
    const app = await ConsolePage.open(browser, serve.operatorUrl);
    await app.page.setViewportSize({ width: 700, height: 600 });
    const inSight = async (id: string) => {
      const strip = await app.page.locator('.terminal-tabs').boundingBox();
      const tab = await app.tab(id).boundingBox();
      return Boolean(strip && tab && tab.x >= strip.x - 1 && tab.x + tab.width <= strip.x + strip.width + 1);
    };
    const opened: string[] = [];
    for (let count = 0; count < 6; count++) opened.push(await app.openNewTerminal());
    const [first, last] = [opened[0] ?? '', opened.at(-1) ?? ''];
    const overflows = await app.page
      .locator('.terminal-tabs')
      .evaluate((strip) => strip.scrollWidth > strip.clientWidth);
    expect(overflows).toBe(true);
    expect(await inSight(last)).toBe(true);
    expect(await inSight(first)).toBe(false);
    for (const id of opened) await app.closeTerminal(id);
    await app.page.close();
  });

  it('lets a viewer watch but not type', async () => {
    const operator = await ConsolePage.open(browser, serve.operatorUrl);
    const id = await operator.openNewTerminal();
    const viewer = await ConsolePage.open(browser, serve.viewerUrl);
    await expect.poll(() => viewer.status()).toBe('connected');
    expect(await viewer.page.getByTestId('role-badge').textContent()).toMatch(/viewer/i);
    await viewer.page.getByTestId('nav-terminals').click();
    expect(await viewer.page.getByTestId('new-terminal').count()).toBe(0);

    await viewer.showTerminal(id);
    await viewer.pane(id).locator('.xterm').click();
    await viewer.page.keyboard.type('echo typed-by-viewer');
    await viewer.page.keyboard.press('Enter');
    await operator.typeLine(id, 'echo operator-$((40+2))');
    await viewer.waitForScreen(id, /^operator-42$/m);
    expect(await operator.screen(id)).not.toContain('typed-by-viewer');
    expect(await viewer.screen(id)).not.toContain('typed-by-viewer');
    await viewer.page.close();
    await operator.page.close();
  });

  it('refuses a URL without the token, or with a wrong one', async () => {
    const bare = await ConsolePage.open(browser, serve.origin);
    await expect.poll(() => bare.status()).toBe('refused');
    await bare.page.getByTestId('nav-terminals').click();
    const newTerminal = bare.page.getByTestId('new-terminal');
    expect((await newTerminal.count()) === 0 || (await newTerminal.isDisabled())).toBe(true);
    await bare.page.close();

    const forged = await ConsolePage.open(browser, `${serve.origin}/#token=forged-token-value`);
    await expect.poll(() => forged.status(), { timeout: 10_000 }).toBe('refused');
    await forged.page.close();
  });

  it('runs no script the page did not ship, and needs none (CSP)', async () => {
    const app = await ConsolePage.open(browser, serve.operatorUrl, (page) =>
      page.addInitScript(() => {
        const seen: string[] = [];
        (window as unknown as { cspViolations: string[] }).cspViolations = seen;
        document.addEventListener('securitypolicyviolation', (event) => {
          seen.push(`${event.violatedDirective} ${event.blockedURI}`);
        });
      }),
    );
    const page = app.page;
    const id = await app.openNewTerminal();
    await app.typeLine(id, 'echo csp-$((1+1))');
    await app.waitForScreen(id, /^csp-2$/m);
    const violations = () =>
      page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
    expect(await violations()).toEqual([]);

    const response = await page.request.get(serve.origin);
    expect(response.headers()['content-security-policy']).toMatch(/script-src 'self'/);
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true';
      document.head.appendChild(script);
      return (window as unknown as { injected?: boolean }).injected === true;
    });
    expect(ran).toBe(false);
    // Reported once per policy that blocked it: the header's and the page's own meta tag.
    await expect.poll(async () => (await violations()).length).toBeGreaterThan(0);
    for (const violation of await violations()) expect(violation).toMatch(/^script-src(-elem)? inline/);
    await page.close();
  });
});
