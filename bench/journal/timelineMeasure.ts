import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { TIMELINE_ROW_HEIGHT } from '../../renderer/views/journal/timelineRowPainter';
import { launchChromium } from '../../scripts/chromium';
import type { TimelineFigures } from './journalVerdict';
import { SEED_EVENTS, seedLongDay } from './seedDay';
import {
  mountPlainDomList,
  openJournalOnConnect,
  type ScrollFigures,
  type ScrollPhase,
  scrollTimeline,
  timeSeverityFilter,
} from './timelineInPage';

/** 20 s in all: the still baseline, then a fast fling, then jumps. */
const SCROLL_PHASES = [
  { phase: 'idle', ms: 2_000 },
  { phase: 'fling', ms: 9_000 },
  { phase: 'jumps', ms: 9_000 },
] as const satisfies { phase: ScrollPhase; ms: number }[];

/** The same fling and jumps in a hand-written DOM list: long enough for a stable p95. */
const BASELINE_PHASES = [
  { phase: 'fling', ms: 3_000 },
  { phase: 'jumps', ms: 3_000 },
] as const satisfies { phase: ScrollPhase; ms: number }[];

/** A fast fling: 10 rows a frame, 600 a second. */
const FLING_PX_PER_FRAME = 10 * TIMELINE_ROW_HEIGHT;

/** A wall screen's worth of timeline, as in the end-to-end tests. */
const VIEWPORT = { width: 1280, height: 800 };

/** Serve prints its URLs within a second or two; more means it failed. */
const SERVE_START_TIMEOUT_MS = 15_000;

// tsx keeps function names with a `__name` helper that does not exist in the page; a script
// added through the DevTools protocol is not subject to the page's CSP.
const NAME_HELPER_SHIM = 'globalThis.__name = (target) => target;';

/** Seeds a 12-hour day, serves it, and measures opening and scrolling its timeline in Chromium. */
export async function measureTimeline(): Promise<TimelineFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'warroom-bench-timeline-'));
  const journalPath = join(dir, 'journal.sqlite');
  let serve: ChildProcess | undefined;
  const browser = await launchChromium();
  try {
    const seedStarted = performance.now();
    await seedLongDay(journalPath);
    console.log(`journal: seeded ${SEED_EVENTS} events in ${Math.round(performance.now() - seedStarted)} ms`);
    buildConsole();
    const started = await startServe(journalPath, dir);
    serve = started.child;

    const page = await browser.newPage({ viewport: VIEWPORT });
    page.on('pageerror', (error) => console.log(`  page error: ${error.message}`));
    await page.addInitScript(NAME_HELPER_SHIM);
    await page.addInitScript(openJournalOnConnect, SEED_EVENTS);
    await page.goto(started.operatorUrl);
    const openMs = await timeOpening(page);

    console.log('journal: scrolling the timeline: still, a fast fling, then jumps');
    const scroll = await page.evaluate(scrollTimeline, {
      phases: [...SCROLL_PHASES],
      pxPerFrame: FLING_PX_PER_FRAME,
      rowHeight: TIMELINE_ROW_HEIGHT,
    });
    const filterMs = await page.evaluate(timeSeverityFilter, 2);
    await page.evaluate(mountPlainDomList, { total: SEED_EVENTS, rowHeight: TIMELINE_ROW_HEIGHT });
    const baseline = await page.evaluate(scrollTimeline, {
      phases: [...BASELINE_PHASES],
      pxPerFrame: FLING_PX_PER_FRAME,
      rowHeight: TIMELINE_ROW_HEIGHT,
    });
    printDetails(scroll, baseline, filterMs);
    // Judged on the fling, a scroll through the day; the jumps (a dragged scroll bar) are shown.
    return {
      events: SEED_EVENTS,
      openMs,
      scrollFrames: scroll.frameWorkMs.fling.length,
      scrollFrameP95Ms: percentile(scroll.frameWorkMs.fling, 0.95),
    };
  } finally {
    await browser.close();
    serve?.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
}

async function timeOpening(page: Page): Promise<number> {
  const marks = await page.waitForFunction(
    () => {
      const open = (window as unknown as { timelineOpen?: { clickedAt: number; rowsAt: number | null } })
        .timelineOpen;
      return open?.rowsAt != null ? open : null;
    },
    undefined,
    { timeout: 30_000 },
  );
  const { clickedAt, rowsAt } = (await marks.jsonValue()) as { clickedAt: number; rowsAt: number };
  return rowsAt - clickedAt;
}

function printDetails(scroll: ScrollFigures, baseline: ScrollFigures, filterMs: number): void {
  const describe = (label: string, frames: number[]) => {
    const p50 = Math.round(percentile(frames, 0.5) * 10) / 10;
    const p95 = Math.round(percentile(frames, 0.95) * 10) / 10;
    return `${label} p50 ${p50} / p95 ${p95} ms (${frames.length} frames)`;
  };
  const ours = scroll.frameWorkMs;
  const plain = baseline.frameWorkMs;
  console.log(`  timeline frames:    ${describe('still', ours.idle)}`);
  console.log(
    `    fling (judged):   ${describe('console', ours.fling)}; ${describe('plain DOM list', plain.fling)}`,
  );
  console.log(
    `    jumps:            ${describe('console', ours.jumps)}; ${describe('plain DOM list', plain.jumps)}`,
  );
  console.log(
    `  timeline rows:      placeholders in view after ${scroll.placeholderFrames} frames (jumps land on unfetched pages)`,
  );
  console.log(`  timeline filter:    SEV2 over ${SEED_EVENTS} events answered in ${Math.round(filterMs)} ms`);
}

function percentile(values: readonly number[], fraction: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? 0;
}

/** The bench drives the built console; builds it when this checkout has not yet. */
/** Builds the console from the tree as it is, so the figures are never those of a stale build. */
function buildConsole(): void {
  execFileSync('npx', ['electron-vite', 'build'], { stdio: 'ignore' });
}

/** `warroom serve --journal FILE` on a free port, as a user would start it. */
function startServe(
  journalPath: string,
  workspace: string,
): Promise<{ child: ChildProcess; operatorUrl: string }> {
  const child = spawn(
    process.execPath,
    ['bin/warroom.js', 'serve', '--port', '0', '--journal', journalPath, '--workspace', workspace],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`serve did not start:\n${output}`)),
      SERVE_START_TIMEOUT_MS,
    );
    const read = (chunk: Buffer) => {
      output += chunk;
      const url = /operator: (\S+)/.exec(output)?.[1];
      if (!url) return;
      clearTimeout(timer);
      resolve({ child, operatorUrl: url });
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk;
    });
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}:\n${output}`)));
  });
}
