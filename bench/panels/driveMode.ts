import { setTimeout as sleep } from 'node:timers/promises';
import type { Browser, Page } from 'playwright-core';
import type { MainThreadFigures } from './mainThreadTrace';
import type { PanelsBenchWindow, PanelsLayout, PanelsMode } from './pageContract';
import { PageMeter } from './pageMeter';
import type { FunctionCost } from './profileSummary';

/** The page registers its bench functions as soon as its script runs. */
const PAGE_READY_TIMEOUT_MS = 15_000;

/**
 * A wall screen tall enough for every panel: the dashboard's grid puts four across at this width,
 * six rows down. Charts off screen are not drawn, so each must be in view (the page checks).
 */
const VIEWPORT = { width: 1920, height: 2160 };

/** Lets JIT, caches and the first axis rescales settle before anything counts. */
const WARM_UP_MS = 5_000;

/** The brief's minute of refreshes, one a second. */
const MEASURE_MS = 60_000;

/** The heap is compared after this much simulated time, and again after LONG_RUN_SECONDS. */
const SHORT_RUN_SECONDS = 5 * 60;
const LONG_RUN_SECONDS = 30 * 60;

/**
 * Simulated time goes through in bursts of this many seconds of points, each drawn before the
 * next: 30 minutes in 60 draws, a few seconds here, through the same append and draw paths.
 */
const SIMULATED_BURST_SECONDS = 30;

/** With --profile: this long of live refreshes is profiled after the measured minute. */
const PROFILE_MS = 10_000;

export interface ModeFigures {
  mode: PanelsMode;
  /** Per animation frame during the measured minute. */
  frameMs: number[];
  intervalMs: number[];
  /** The main thread during the measured minute: busy share and where it went. */
  mainThread: MainThreadFigures;
  /** JS heap after a forced GC, after SHORT_RUN_SECONDS and LONG_RUN_SECONDS of simulated data. */
  heapShortBytes: number;
  heapLongBytes: number;
  shortRunMinutes: number;
  longRunMinutes: number;
  /** The fewest values any chart held at the end: a full window is panels' series × window points. */
  fewestPoints: number;
  /** Page errors and console errors seen. */
  pageErrors: string[];
  /** With --profile: the functions that cost the most during live refreshes. */
  profile: FunctionCost[] | null;
}

/** One mode in a fresh page: a minute of live refreshes measured, then simulated half hour for the heap. */
export async function measureMode(
  browser: Browser,
  url: string,
  mode: PanelsMode,
  layout: PanelsLayout,
  withProfile: boolean,
): Promise<ModeFigures> {
  const page = await browser.newPage({ viewport: VIEWPORT });
  const pageErrors = collectPageErrors(page);
  try {
    await page.goto(url);
    await page.waitForFunction(() => 'panelsBench' in window, undefined, { timeout: PAGE_READY_TIMEOUT_MS });
    const meter = await PageMeter.attach(browser, page);
    await page.evaluate(
      ([mode, layout]) => (window as unknown as PanelsBenchWindow).panelsBench.mount(mode, layout),
      [mode, layout] as const,
    );
    await page.evaluate(() => (window as unknown as PanelsBenchWindow).panelsBench.startRefresh());
    await sleep(WARM_UP_MS);

    console.log(`panels: ${mode}: measuring ${MEASURE_MS / 1000} s of refreshes`);
    await page.evaluate(() => (window as unknown as PanelsBenchWindow).panelsBench.startFrames());
    const { result: frames, mainThread } = await meter.traceMainThread(async () => {
      await sleep(MEASURE_MS);
      return page.evaluate(() => (window as unknown as PanelsBenchWindow).panelsBench.stopFrames());
    });
    const profile = withProfile ? await meter.profile(PROFILE_MS) : null;
    await page.evaluate(() => (window as unknown as PanelsBenchWindow).panelsBench.stopRefresh());

    console.log(`panels: ${mode}: ${LONG_RUN_SECONDS / 60} simulated minutes for the heap`);
    await simulate(page, SHORT_RUN_SECONDS);
    const heapShortBytes = await meter.heapAfterGc();
    await simulate(page, LONG_RUN_SECONDS - SHORT_RUN_SECONDS);
    const heapLongBytes = await meter.heapAfterGc();
    const shown = await page.evaluate(() =>
      (window as unknown as PanelsBenchWindow).panelsBench.shownPoints(),
    );

    return {
      mode,
      frameMs: frames.frameMs,
      intervalMs: frames.intervalMs,
      mainThread,
      heapShortBytes,
      heapLongBytes,
      shortRunMinutes: SHORT_RUN_SECONDS / 60,
      longRunMinutes: LONG_RUN_SECONDS / 60,
      fewestPoints: Math.min(...shown),
      pageErrors,
      profile,
    };
  } finally {
    await page.close();
  }
}

function simulate(page: Page, seconds: number): Promise<void> {
  return page.evaluate(
    ([seconds, burst]) => (window as unknown as PanelsBenchWindow).panelsBench.simulate(seconds, burst),
    [seconds, SIMULATED_BURST_SECONDS] as const,
  );
}

/** The page's uncaught errors and console errors, echoed as they come and kept for the verdict. */
function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    errors.push(message.text());
    console.log(`  page error: ${message.text()}`);
  });
  page.on('pageerror', (error) => {
    errors.push(error.message);
    console.log(`  page error: ${error.message}`);
  });
  return errors;
}
