import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromiumContext } from '../../../scripts/chromium';
import { type ServeProcess, startServeProcess } from '../support/serveProcess';

/** What a planted script would do: leave a mark on the page. */
const EXTERNAL_MARK = '__warroomExternalScriptRan';
const INLINE_MARK = '__warroomInlineScriptRan';

interface Injection {
  externalRan: boolean;
  inlineRan: boolean;
  violations: { directive: string; blocked: string }[];
}

/**
 * Plants an external and an inline script in the page, as an XSS would, and reports after a
 * bounded wait whether either ran and which CSP violations the page reported.
 */
function plantScripts(page: Page, externalUrl: string): Promise<Injection> {
  return page.evaluate(
    async ({ externalUrl, externalMark, inlineMark }) => {
      const marks = window as unknown as Record<string, unknown>;
      const violations: { directive: string; blocked: string }[] = [];
      document.addEventListener('securitypolicyviolation', (event) =>
        violations.push({ directive: event.effectiveDirective, blocked: event.blockedURI }),
      );
      const external = document.createElement('script');
      const settled = new Promise((resolve) => {
        external.onload = resolve;
        external.onerror = resolve;
      });
      external.src = externalUrl;
      document.head.append(external);
      const inline = document.createElement('script');
      inline.textContent = `window.${inlineMark} = true;`;
      document.head.append(inline);
      // The external script either loads, fails, or is never fetched; 3 s bounds all three.
      await Promise.race([settled, new Promise((resolve) => setTimeout(resolve, 3_000))]);
      // Violation events are queued as tasks: let them arrive.
      await new Promise((resolve) => setTimeout(resolve, 200));
      return {
        externalRan: marks[externalMark] === true,
        inlineRan: marks[inlineMark] === true,
        violations,
      };
    },
    { externalUrl, externalMark: EXTERNAL_MARK, inlineMark: INLINE_MARK },
  );
}

describe("the console page's content security policy, in Chromium", () => {
  let serve: ServeProcess;
  let browser: BrowserContext;
  let planted: Server;
  let plantedOrigin: string;
  const requestsToPlanted: string[] = [];
  const scriptRequests = () => requestsToPlanted.filter((url) => url.startsWith('/x.js'));

  beforeAll(async () => {
    // A server of the attacker's, on loopback: it serves the script and a page without any CSP.
    planted = createServer((request, response) => {
      requestsToPlanted.push(request.url ?? '');
      if (request.url?.startsWith('/x.js')) {
        response.writeHead(200, { 'Content-Type': 'text/javascript' }).end(`window.${EXTERNAL_MARK} = true;`);
        return;
      }
      response.writeHead(200, { 'Content-Type': 'text/html' }).end('<!doctype html><title>no policy</title>');
    });
    await new Promise<void>((resolve) => planted.listen(0, '127.0.0.1', resolve));
    plantedOrigin = `http://127.0.0.1:${(planted.address() as AddressInfo).port}`;
    serve = await startServeProcess();
    browser = await launchChromiumContext();
  });
  afterAll(async () => {
    await browser?.close();
    await serve?.stop();
    await new Promise((resolve) => planted?.close(resolve));
  });

  it('runs planted scripts on a page without a policy (the control: the planting works)', async () => {
    const page = await browser.newPage();
    await page.goto(`${plantedOrigin}/plain.html`);
    requestsToPlanted.length = 0;
    const result = await plantScripts(page, `${plantedOrigin}/x.js?control`);
    expect(result).toEqual({ externalRan: true, inlineRan: true, violations: [] });
    expect(scriptRequests()).toEqual(['/x.js?control']);
    await page.close();
  });

  it('blocks an injected external script and an inline one in the console, and reports both', async () => {
    const page = await browser.newPage();
    await page.goto(serve.operatorUrl);
    await page.locator('[data-testid="connection-status"][data-status="connected"]').waitFor();
    requestsToPlanted.length = 0;

    const result = await plantScripts(page, `${plantedOrigin}/x.js?console`);

    expect(result.externalRan).toBe(false);
    expect(result.inlineRan).toBe(false);
    expect(scriptRequests()).toEqual([]);
    expect(result.violations).toEqual(
      expect.arrayContaining([
        { directive: 'script-src-elem', blocked: `${plantedOrigin}/x.js?console` },
        { directive: 'script-src-elem', blocked: 'inline' },
      ]),
    );
    // The page itself still works: its own script is what showed the connected status above.
    await page.close();
  });
});
