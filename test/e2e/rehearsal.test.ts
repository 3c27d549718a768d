import { execFileSync } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freeLoopbackPort } from '../../electron/host/sandbox/supervisor/freePort';
import { launchChromiumContext } from '../../scripts/chromium';
import { ConsolePage } from './support/consolePage';
import { type ServeProcess, startServeProcess } from './support/serveProcess';

/** A sandbox brings up a service, redis-server and Prometheus; allow for a slow machine. */
const START_TIMEOUT_MS = 45_000;

function workspaceYaml(servicePort: number, prometheusPort: number): string {
  return `environments:
  sandbox:
    sandbox:
      servicePort: ${servicePort}
      prometheusPort: ${prometheusPort}
      rehearsalFactor: 60
      restartDelay: 1s
      load: smoke
`;
}

/** The command lines of this run's sandbox processes still alive, found by the ports they were given. */
function sandboxProcessesOf(ports: number[]): string[] {
  const lines = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' }).split('\n');
  return lines.filter(
    (line) =>
      /sandbox-service|prometheus|redis-server/.test(line) &&
      ports.some((port) => new RegExp(`[ :]${port}( |$)`).test(line)),
  );
}

function attribute(page: Page, testId: string, name: string): Promise<string | null> {
  return page
    .getByTestId(testId)
    .getAttribute(name, { timeout: 1_000 })
    .catch(() => null);
}

async function timelineKinds(page: Page): Promise<string[]> {
  return page
    .getByTestId('timeline-row')
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-kind') ?? ''));
}

async function confirm(page: Page): Promise<void> {
  await page.getByTestId('rehearsal-confirm-accept').click();
  await page.getByTestId('rehearsal-confirm').waitFor({ state: 'detached' });
}

describe('the rehearsal view, through serve mode with a sandbox workspace', () => {
  let serve: ServeProcess;
  let browser: BrowserContext;
  const ports: number[] = [];

  beforeAll(async () => {
    const servicePort = await freeLoopbackPort();
    const prometheusPort = await freeLoopbackPort();
    ports.push(servicePort, prometheusPort);
    serve = await startServeProcess([], {
      warroomYaml: workspaceYaml(servicePort, prometheusPort),
      // Never the user's own sandbox state: a `warroom sandbox start` elsewhere is not ours to see.
      env: (workspace) => ({ WARROOM_SANDBOX_STATE: join(workspace, 'sandbox.json') }),
    });
    browser = await launchChromiumContext();
  });
  afterAll(async () => {
    await browser?.close();
    await serve?.stop();
    expect(sandboxProcessesOf(ports)).toEqual([]);
  });

  it('starts the sandbox, breaks it, watches it come back, journals it, and stops it', async () => {
    const app = await ConsolePage.open(browser, serve.operatorUrl);
    const { page } = app;
    await expect.poll(() => app.status()).toBe('connected');
    // A first run: no test day yet and a sandbox to start, so the console opens here by itself.
    await page.getByTestId('rehearsal-view').waitFor();
    expect(await attribute(page, 'rehearsal-state', 'data-state')).toBe('stopped');

    await page.getByTestId('rehearsal-load-choice').selectOption('smoke');
    await page.getByTestId('rehearsal-start').click();
    await expect
      .poll(() => attribute(page, 'rehearsal-state', 'data-state'), { timeout: START_TIMEOUT_MS })
      .toBe('running');
    await expect
      .poll(() => attribute(page, 'rehearsal-health', 'data-status'), { timeout: 10_000 })
      .toBe('UP');
    const dependency = await page.getByTestId('rehearsal-dependency').textContent();
    expect(dependency).toMatch(
      /redis-server on port \d+|the built-in stand-in \(redis-server is not installed\)/,
    );
    const redisPort = /port (\d+)/.exec(dependency ?? '')?.[1];
    if (redisPort) ports.push(Number(redisPort));
    expect(await page.getByTestId('rehearsal-prometheus').textContent()).toContain(
      `http://127.0.0.1:${ports[1]}`,
    );
    expect(await page.getByTestId('rehearsal-service-url').textContent()).toBe(
      `http://127.0.0.1:${ports[0]}`,
    );
    await page.getByTestId('load-progress').waitFor({ timeout: 10_000 });

    await page.getByTestId('fault-latency-ms').fill('300');
    await page.getByTestId('fault-latency-apply').click();
    await expect
      .poll(() => page.locator('[data-testid="fault-in-force"][data-kind="latency"]').textContent())
      .toContain('+300 ms');

    await page.getByTestId('fault-crash').click();
    await confirm(page);
    await expect
      .poll(() => attribute(page, 'rehearsal-health', 'data-status'), { timeout: 10_000, interval: 100 })
      .not.toBe('UP');
    await expect
      .poll(() => attribute(page, 'rehearsal-health', 'data-status'), { timeout: 20_000 })
      .toBe('UP');

    await page.getByTestId('nav-journal').click();
    await page.getByTestId('journal-view').waitFor();
    await expect
      .poll(async () => {
        const kinds = await timelineKinds(page);
        return ['fault.set', 'service.down', 'service.up'].filter((kind) => kinds.includes(kind));
      })
      .toEqual(['fault.set', 'service.down', 'service.up']);

    await page.getByTestId('nav-rehearsal').click();
    await page.getByTestId('rehearsal-stop').click();
    await confirm(page);
    await expect
      .poll(() => attribute(page, 'rehearsal-state', 'data-state'), { timeout: 20_000 })
      .toBe('stopped');
    await expect.poll(() => sandboxProcessesOf(ports), { timeout: 10_000 }).toEqual([]);
    await page.close();
  });

  it('says why the sandbox could not start when its port is taken', async () => {
    const squatter = createServer();
    await new Promise<void>((resolve) => squatter.listen(ports[0], '127.0.0.1', resolve));
    try {
      const app = await ConsolePage.open(browser, serve.operatorUrl);
      const { page } = app;
      await expect.poll(() => app.status()).toBe('connected');
      await page.getByTestId('nav-rehearsal').click();
      await page.getByTestId('rehearsal-load-choice').selectOption('none');
      await page.getByTestId('rehearsal-start').click();
      await expect
        .poll(() => page.getByTestId('rehearsal-error').textContent(), { timeout: START_TIMEOUT_MS })
        .toMatch(new RegExp(`Could not start the rehearsal: .*${ports[0]}`));
      expect(await attribute(page, 'rehearsal-state', 'data-state')).toBe('stopped');
      await page.close();
    } finally {
      await new Promise((resolve) => squatter.close(resolve));
    }
  });

  it('shows a viewer everything and lets it act on nothing', async () => {
    const viewer = await ConsolePage.open(browser, serve.viewerUrl);
    const { page } = viewer;
    await expect.poll(() => viewer.status()).toBe('connected');
    await page.getByTestId('nav-rehearsal').click();
    const start = page.getByTestId('rehearsal-start');
    await start.waitFor();
    expect(await start.isDisabled()).toBe(true);
    expect(await start.getAttribute('title')).toMatch(/viewer cannot act/);
    for (const control of ['fault-crash', 'fault-clear', 'load-start']) {
      expect(await page.getByTestId(control).isDisabled()).toBe(true);
      expect(await page.getByTestId(control).getAttribute('title')).toMatch(/viewer cannot act/);
    }
    await page.close();
  });
});
