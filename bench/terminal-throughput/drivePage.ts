import type { Browser, Page } from 'playwright-core';
import { END_MARKER, MARKED_FLOOD_LINE, START_MARKER } from './floodCommand';
import type {
  BenchWindow,
  CspViolation,
  EndToEndResult,
  WebglRasterizer,
  XtermDirectResult,
} from './pageContract';

/** The page registers its bench functions as soon as its script runs. */
const PAGE_READY_TIMEOUT_MS = 15_000;

/** Fits the 120x40 flood terminal and the 80x24 echo terminal side by side. */
const VIEWPORT = { width: 1800, height: 800 };

export interface PageFigures {
  xtermDirect: XtermDirectResult;
  endToEnd: EndToEndResult;
  webgl: WebglRasterizer | null;
  cspViolations: CspViolation[];
}

/** Opens the bench page (its URL carries the operator token) and runs both in-page measurements. */
export async function measureInPage(
  browser: Browser,
  pageUrl: string,
  floodPath: string,
): Promise<PageFigures> {
  const page = await browser.newPage({ viewport: VIEWPORT });
  echoPageProblems(page);
  await page.goto(pageUrl);
  await page.waitForFunction(() => 'terminalBench' in window, undefined, { timeout: PAGE_READY_TIMEOUT_MS });

  console.log('terminal-throughput: xterm.js direct');
  const xtermDirect = await page.evaluate(
    (options) => (window as unknown as BenchWindow).terminalBench.xtermDirect(options),
    { floodUrl: floodPath },
  );
  console.log('terminal-throughput: end to end, with keystroke echo in a second terminal');
  const endToEnd = await page.evaluate(
    (options) => (window as unknown as BenchWindow).terminalBench.endToEnd(options),
    { line: MARKED_FLOOD_LINE, startMarker: START_MARKER, endMarker: END_MARKER },
  );
  const webgl = await page.evaluate(() => (window as unknown as BenchWindow).terminalBench.webglRasterizer());
  const cspViolations = await page.evaluate(() =>
    (window as unknown as BenchWindow).terminalBench.cspViolations(),
  );
  return { xtermDirect, endToEnd, webgl, cspViolations };
}

/** The page's warnings and errors (a WebGL fallback, a failed load) belong in the bench's output. */
function echoPageProblems(page: Page): void {
  page.on('console', (message) => {
    if (message.type() === 'warning' || message.type() === 'error') {
      console.log(`  page ${message.type()}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => console.log(`  page error: ${error.message}`));
}
