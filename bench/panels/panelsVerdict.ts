import type { BenchTarget } from '../benchTarget';
import type { ModeFigures } from './driveMode';
import type { PanelsLayout } from './pageContract';
import type { FunctionCost } from './profileSummary';

/** A 60 Hz frame is 16.7 ms; under 16 ms at p95 leaves the compositor its share. */
const MAX_FRAME_P95_MS = 16;

/** The console's panels may cost half again what bare uPlot charts cost, for legend, targets, markers. */
const MAX_BUSY_RATIO = 1.5;

/** The heap after 30 simulated minutes may differ from after 5 by this share: more would be a leak. */
const MAX_HEAP_DRIFT = 0.1;

export interface Verdict {
  pass: boolean;
  /** Human-readable figures, then failures. */
  lines: string[];
  /** The one JSON line run-all.mjs reads; printed last. */
  json: string;
}

interface ModeSummary {
  frameP50: number;
  frameP95: number;
  frameP99: number;
  frameMax: number;
  /** Frames the screen missed: how many vsync periods passed without a new frame. */
  droppedShare: number;
  heapDrift: number;
}

export function judgePanels(layout: PanelsLayout, baseline: ModeFigures, warroom: ModeFigures): Verdict {
  const bare = summarise(baseline);
  const ours = summarise(warroom);
  const busyRatio = warroom.mainThread.busy / baseline.mainThread.busy;
  const targets = [
    {
      met: ours.frameP95 < MAX_FRAME_P95_MS,
      text: `p95 frame ${ms(ours.frameP95)} (target < ${MAX_FRAME_P95_MS} ms)`,
    },
    {
      met: busyRatio < MAX_BUSY_RATIO,
      text: `main thread busy ${times(busyRatio)} bare uPlot's (target < ${times(MAX_BUSY_RATIO)})`,
    },
    {
      met: Math.abs(ours.heapDrift) <= MAX_HEAP_DRIFT,
      text: `JS heap after ${warroom.longRunMinutes} simulated minutes ${signedPercent(ours.heapDrift)} of after ${warroom.shortRunMinutes} (target within ±${percent(MAX_HEAP_DRIFT)})`,
    },
  ];
  const fullWindow = layout.windowPoints * layout.seriesPerPanel;
  // Figures from a page that broke, or drew less than the window, would compare unlike with like.
  const problems = [baseline, warroom].flatMap((mode) => [
    ...(mode.fewestPoints === fullWindow
      ? []
      : [
          `a ${mode.mode} chart held ${count(mode.fewestPoints)} values, not the window's ${count(fullWindow)}`,
        ]),
    ...mode.pageErrors.map((error) => `the ${mode.mode} page reported an error: ${error}`),
  ]);
  const pass = targets.every((target) => target.met) && problems.length === 0;
  const lines = [
    `panels: ${layout.panels} panels × ${layout.seriesPerPanel} series × ${count(layout.windowPoints)} points, one refresh a second`,
    '                      warroom panels      bare uPlot (baseline)',
    row('frame p50 / p95', pair(ours.frameP50, ours.frameP95), pair(bare.frameP50, bare.frameP95)),
    row('frame p99 / max', pair(ours.frameP99, ours.frameMax), pair(bare.frameP99, bare.frameMax)),
    row('frames dropped', percent(ours.droppedShare), percent(bare.droppedShare)),
    row('main thread busy', percent(warroom.mainThread.busy), percent(baseline.mainThread.busy)),
    row(
      `heap after ${warroom.shortRunMinutes} min`,
      megabytes(warroom.heapShortBytes),
      megabytes(baseline.heapShortBytes),
    ),
    row(
      `heap after ${warroom.longRunMinutes} min`,
      megabytes(warroom.heapLongBytes),
      megabytes(baseline.heapLongBytes),
    ),
    row('values per chart', count(warroom.fewestPoints), count(baseline.fewestPoints)),
    ...targets.map((target) => `  ${target.met ? 'PASS' : 'FAIL'}: ${target.text}`),
    ...problems.map((problem) => `  FAIL: ${problem}`),
    ...activityLines(baseline),
    ...activityLines(warroom),
    ...profileLines(baseline),
    ...profileLines(warroom),
    `  ${pass ? 'PASS' : 'FAIL'}`,
  ];
  const json = JSON.stringify({
    bench: 'panels',
    value: round(warroom.mainThread.busy, 4),
    unit: 'busy fraction',
    baseline: round(baseline.mainThread.busy, 4),
    ratio: round(busyRatio, 3),
    frameP95Ms: round(ours.frameP95, 1),
    baselineFrameP95Ms: round(bare.frameP95, 1),
    frames: warroom.frameMs.length,
    heapShortMB: round(warroom.heapShortBytes / 1e6),
    heapLongMB: round(warroom.heapLongBytes / 1e6),
    heapDrift: round(ours.heapDrift, 3),
    pass,
    targets: [
      {
        figure: `p95 frame, ${layout.panels} panels updating every second`,
        measured: ms(ours.frameP95),
        baseline: `${ms(bare.frameP95)}, bare uPlot`,
        ratio: round(ours.frameP95 / bare.frameP95, 2),
        target: `< ${MAX_FRAME_P95_MS} ms`,
        met: targets[0]?.met ?? false,
      },
      {
        figure: 'main thread busy',
        measured: percent(warroom.mainThread.busy),
        baseline: `${percent(baseline.mainThread.busy)}, bare uPlot`,
        ratio: round(busyRatio, 2),
        target: `< ${times(MAX_BUSY_RATIO)} the baseline`,
        met: targets[1]?.met ?? false,
      },
      {
        figure: `JS heap after ${warroom.longRunMinutes} simulated minutes vs after ${warroom.shortRunMinutes}`,
        measured: signedPercent(ours.heapDrift),
        baseline: null,
        ratio: null,
        target: `within ±${percent(MAX_HEAP_DRIFT)}`,
        met: targets[2]?.met ?? false,
      },
    ] satisfies BenchTarget[],
  });
  return { pass, lines, json };
}

function summarise(mode: ModeFigures): ModeSummary {
  const frames = [...mode.frameMs].sort((a, b) => a - b);
  const intervals = [...mode.intervalMs].sort((a, b) => a - b);
  // The typical interval is the display's period; each longer one skipped whole periods.
  const period = percentile(intervals, 0.5);
  const periods = intervals.reduce((sum, interval) => sum + Math.max(1, Math.round(interval / period)), 0);
  return {
    frameP50: percentile(frames, 0.5),
    frameP95: percentile(frames, 0.95),
    frameP99: percentile(frames, 0.99),
    frameMax: percentile(frames, 1),
    droppedShare: periods > 0 ? 1 - intervals.length / periods : 0,
    heapDrift: mode.heapLongBytes / mode.heapShortBytes - 1,
  };
}

/** The trace's view: every main-thread activity, native work (raster, layers, layout) included. */
function activityLines({ mode, mainThread }: ModeFigures): string[] {
  return [
    `  ${mode}: main thread by activity (self time, share of wall time)`,
    ...mainThread.activities.map(({ name, share }) => `    ${percent(share).padStart(7)}  ${name}`),
  ];
}

function profileLines(mode: ModeFigures): string[] {
  if (!mode.profile) return [];
  return [
    `  ${mode.mode}: where the main thread's JavaScript time went (self time, 10 s of refreshes)`,
    ...mode.profile.map(
      (cost: FunctionCost) =>
        `    ${ms(cost.selfMs).padStart(9)}  ${percent(cost.share).padStart(5)}  ${cost.name}`,
    ),
  ];
}

/** Nearest-rank percentile of sorted samples; NaN when there are none. */
function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? Number.NaN;
}

function round(value: number, digits = 2): number {
  return Number(value.toFixed(digits));
}

const row = (label: string, ours: string, bare: string) => `  ${label.padEnd(20)}${ours.padEnd(20)}${bare}`;
const ms = (value: number) => `${value.toFixed(1)} ms`;
const pair = (first: number, second: number) => `${first.toFixed(1)} / ${second.toFixed(1)} ms`;
const percent = (value: number) => `${(value * 100).toFixed(1)} %`;
const signedPercent = (value: number) => `${value >= 0 ? '+' : ''}${percent(value)}`;
const times = (value: number) => `${value.toFixed(2)}×`;
const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const count = (value: number) => value.toLocaleString('en-US');
