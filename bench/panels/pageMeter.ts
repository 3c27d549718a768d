import type { Browser, CDPSession, Page } from 'playwright-core';
import { type MainThreadFigures, readMainThread } from './mainThreadTrace';
import { type FunctionCost, summariseProfile } from './profileSummary';

/** Sampling every 200 µs resolves a 1 ms draw call while keeping the profiler's own cost low. */
const PROFILER_INTERVAL_US = 200;

/**
 * Every task on the main thread, and inside them script, style, layout, paint, canvas raster
 * and compositor updates: the toplevel tasks give busy time, the rest name where it went.
 */
const TRACE_CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink',
  'cc',
];

/** The DevTools protocol's view of one page: a main-thread trace, the garbage-collected heap, a CPU profile. */
export class PageMeter {
  private constructor(
    private readonly browser: Browser,
    private readonly page: Page,
    private readonly session: CDPSession,
  ) {}

  static async attach(browser: Browser, page: Page): Promise<PageMeter> {
    const session = await page.context().newCDPSession(page);
    await session.send('Performance.enable');
    return new PageMeter(browser, page, session);
  }

  /** Traces the page's main thread while `during` runs; what it returned, and the thread's figures. */
  async traceMainThread<T>(during: () => Promise<T>): Promise<{ result: T; mainThread: MainThreadFigures }> {
    await this.browser.startTracing(this.page, { categories: TRACE_CATEGORIES });
    let result: T;
    let trace: Buffer;
    try {
      result = await during();
    } finally {
      trace = await this.browser.stopTracing();
    }
    return { result, mainThread: readMainThread(trace.toString()) };
  }

  /** JS heap in use (bytes) after a full garbage collection: what the page really holds. */
  async heapAfterGc(): Promise<number> {
    await this.session.send('HeapProfiler.collectGarbage');
    const { metrics } = await this.session.send('Performance.getMetrics');
    return metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? 0;
  }

  /** Profiles the page's JavaScript for `ms`; the functions that cost the most time themselves. */
  async profile(ms: number): Promise<FunctionCost[]> {
    await this.session.send('Profiler.enable');
    await this.session.send('Profiler.setSamplingInterval', { interval: PROFILER_INTERVAL_US });
    await this.session.send('Profiler.start');
    await new Promise((resolve) => setTimeout(resolve, ms));
    const { profile } = await this.session.send('Profiler.stop');
    await this.session.send('Profiler.disable');
    return summariseProfile(profile);
  }
}
