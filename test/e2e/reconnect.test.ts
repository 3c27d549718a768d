import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromiumContext } from '../../scripts/chromium';
import { ConsolePage } from './support/consolePage';
import { type ServeProcess, startServeProcess } from './support/serveProcess';
import { TcpProxy } from './support/tcpProxy';

describe('a network blip between the browser and the host', () => {
  let serve: ServeProcess;
  let proxy: TcpProxy;
  let browser: BrowserContext;

  beforeAll(async () => {
    serve = await startServeProcess();
    proxy = await TcpProxy.start(Number(new URL(serve.origin).port));
    browser = await launchChromiumContext();
  });
  afterAll(async () => {
    await browser?.close();
    await proxy?.close();
    await serve?.stop();
  });

  it('shows reconnecting, comes back by itself, and the terminal kept what it printed meanwhile', async () => {
    const url = new URL(serve.operatorUrl);
    url.port = String(proxy.port);
    const app = await ConsolePage.open(browser, url.href);
    const id = await app.openNewTerminal();
    await app.typeLine(id, 'echo before-$((1+1)); sleep 1; echo during-$((3+3))');
    await app.waitForScreen(id, /^before-2$/m);

    proxy.disconnect();
    await expect.poll(() => app.status()).toBe('reconnecting');
    await app.page.waitForTimeout(1_500);
    proxy.restore();
    await expect.poll(() => app.status(), { timeout: 15_000 }).toBe('connected');

    const screen = await app.waitForScreen(id, /^during-6$/m);
    expect(screen.match(/^before-2$/gm)).toHaveLength(1);
    await app.typeLine(id, 'echo after-$((4+4))');
    await app.waitForScreen(id, /^after-8$/m);
  });
});
