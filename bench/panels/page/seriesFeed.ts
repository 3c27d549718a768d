import type { PanelsLayout } from '../pageContract';

/** Fixed, so both modes of every run draw exactly the same numbers. */
const FEED_SEED = 0x5eed_2024;

/** Each series wanders around its own level, like a request rate or a latency does. */
const LEVEL_STEP = 50;

/** Largest step of the random walk per second, as a share of the level: a lively but plausible series. */
const WALK_SHARE = 0.02;

/** Each second the walk is pulled back this share of its distance to the level, so it never drifts off. */
const REVERSION = 0.01;

/** A slow swell over ten minutes on top of the walk, so axes rescale now and then as on a test day. */
const SWELL_PERIOD_SECONDS = 600;

/** The swell's height, as a share of the level: a ramp of load, well clear of the walk's noise. */
const SWELL_SHARE = 0.1;

/** Points of a stretch of seconds for every series of every panel. */
export interface FeedChunk {
  /** Seconds, one a second, oldest first. */
  times: number[];
  /** values[panel][series][i] belongs to times[i]. */
  values: number[][][];
}

/**
 * The data every mode is fed: a deterministic, seeded random walk per series, one point a second
 * from `firstSecond` on (the times follow the clock, the values do not). Each call to `take`
 * continues where the last one stopped.
 */
export class SeriesFeed {
  private nextSecond: number;
  private readonly firstSecond: number;
  private readonly random = mulberry32(FEED_SEED);
  private readonly current: number[][];

  constructor(layout: PanelsLayout, firstSecond: number) {
    this.nextSecond = firstSecond;
    this.firstSecond = firstSecond;
    this.current = Array.from({ length: layout.panels }, (_, panel) =>
      Array.from({ length: layout.seriesPerPanel }, (_, series) => seriesLevel(panel, series)),
    );
  }

  /** The second the next point will carry. */
  get now(): number {
    return this.nextSecond;
  }

  take(seconds: number): FeedChunk {
    const times = Array.from({ length: seconds }, (_, i) => this.nextSecond + i);
    const values = this.current.map((panel, panelIndex) =>
      panel.map((_, series) => times.map((time) => this.step(panelIndex, series, time))),
    );
    this.nextSecond += seconds;
    return { times, values };
  }

  private step(panel: number, series: number, time: number): number {
    const level = seriesLevel(panel, series);
    const row = this.current[panel] as number[];
    const previous = row[series] ?? level;
    const walked = previous + (level - previous) * REVERSION + (this.random() * 2 - 1) * WALK_SHARE * level;
    row[series] = walked;
    // From the feed's own start, not the clock: both modes get the same values whenever they run.
    const swell =
      Math.sin((2 * Math.PI * (time - this.firstSecond)) / SWELL_PERIOD_SECONDS) * SWELL_SHARE * level;
    return Math.max(0, walked + swell);
  }
}

/** The level a series wanders around. */
export function seriesLevel(panel: number, series: number): number {
  return LEVEL_STEP * (1 + ((panel * 7 + series * 3) % 11));
}

/** A small, fast, seedable PRNG (Tommy Ettinger's mulberry32): uniform in [0, 1). */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
