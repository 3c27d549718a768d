import type { BenchTarget } from '../benchTarget';
import type { AppendRun } from './appendRate';

/** The issue's floor for appends through the batched, WAL-backed write path. */
const MIN_APPENDS_PER_SECOND = 50_000;

/** A 12-hour day must open in the timeline faster than a person waits without noticing. */
const MAX_TIMELINE_OPEN_MS = 1_000;

/** One 60 Hz frame: scrolling a long timeline must not drop frames. */
const MAX_SCROLL_FRAME_P95_MS = 16;

export interface TimelineFigures {
  events: number;
  openMs: number;
  scrollFrames: number;
  scrollFrameP95Ms: number;
}

export interface JournalFigures {
  batched: AppendRun[];
  unbatched: AppendRun;
  timeline: TimelineFigures;
}

export function judgeJournal({ batched, unbatched, timeline }: JournalFigures): {
  pass: boolean;
  lines: string[];
  json: string;
} {
  const rates = batched.map((run) => run.perSecond).sort((a, b) => a - b);
  const median = rates[Math.floor(rates.length / 2)] ?? 0;
  const failures = [
    median < MIN_APPENDS_PER_SECOND && `appends ${round(median)}/s, below ${MIN_APPENDS_PER_SECOND}/s`,
    timeline.openMs > MAX_TIMELINE_OPEN_MS &&
      `timeline opened in ${round(timeline.openMs)} ms, over ${MAX_TIMELINE_OPEN_MS} ms`,
    timeline.scrollFrameP95Ms > MAX_SCROLL_FRAME_P95_MS &&
      `scroll frame p95 ${round(timeline.scrollFrameP95Ms, 1)} ms, over ${MAX_SCROLL_FRAME_P95_MS} ms`,
  ].filter((failure): failure is string => typeof failure === 'string');
  const pass = failures.length === 0;
  const lines = [
    `  appends, batched:   ${rates.map((rate) => `${round(rate)}/s`).join(', ')} (median ${round(median)}/s; target ≥ ${MIN_APPENDS_PER_SECOND}/s)`,
    `  appends, unbatched: ${round(unbatched.perSecond)}/s (the same ${unbatched.events} inserts, one transaction each)`,
    `  batching gain:      ${round(median / unbatched.perSecond, 1)}×`,
    `  timeline, ${timeline.events} events: opened in ${round(timeline.openMs)} ms (target < ${MAX_TIMELINE_OPEN_MS} ms)`,
    `  timeline scroll:    p95 frame ${round(timeline.scrollFrameP95Ms, 1)} ms over ${timeline.scrollFrames} frames (target < ${MAX_SCROLL_FRAME_P95_MS} ms)`,
    ...failures.map((failure) => `  FAIL: ${failure}`),
    `  ${pass ? 'PASS' : 'FAIL'}`,
  ];
  const json = JSON.stringify({
    bench: 'journal',
    value: round(median),
    unit: 'events/s',
    baseline: round(unbatched.perSecond),
    ratio: round(median / unbatched.perSecond, 2),
    timelineEvents: timeline.events,
    timelineOpenMs: round(timeline.openMs),
    scrollFrameP95Ms: round(timeline.scrollFrameP95Ms, 1),
    pass,
    targets: [
      {
        figure: 'appends through the journal, group commit (median)',
        measured: `${round(median)} events/s`,
        baseline: `${round(unbatched.perSecond)} events/s, one transaction each`,
        ratio: round(median / unbatched.perSecond, 2),
        target: `≥ ${MIN_APPENDS_PER_SECOND} events/s`,
        met: median >= MIN_APPENDS_PER_SECOND,
      },
      {
        figure: `opening a day of ${timeline.events} events in the timeline`,
        measured: `${round(timeline.openMs)} ms`,
        baseline: null,
        ratio: null,
        target: `< ${MAX_TIMELINE_OPEN_MS} ms`,
        met: timeline.openMs <= MAX_TIMELINE_OPEN_MS,
      },
      {
        figure: 'scrolling it: p95 frame',
        measured: `${round(timeline.scrollFrameP95Ms, 1)} ms`,
        baseline: null,
        ratio: null,
        target: `< ${MAX_SCROLL_FRAME_P95_MS} ms`,
        met: timeline.scrollFrameP95Ms <= MAX_SCROLL_FRAME_P95_MS,
      },
    ] satisfies BenchTarget[],
  });
  return { pass, lines, json };
}

function round(value: number, digits = 0): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}
