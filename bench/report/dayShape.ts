import { seededRandom } from '../../test/support/seededRandom';
/**
 * The shape of the bench's 12-hour day: when latency and errors spike and when k6 loads the
 * service, and the values each panel shows at any moment. Values are a pure function of time, so
 * the breaches journaled from polling and the points frozen in snapshots tell the same story.
 */

/** The day's length: the "12-hour day". */
export const DAY_MS = 12 * 60 * 60 * 1000;

/** The dashboard's refresh (warroom.yaml's `refresh: 5s`): one polled value per panel this often. */
export const POLL_MS = 5_000;

/** Latency spikes over the day; each one breaches the 300 ms target once. */
const LATENCY_SPIKES = 100;

/** Error-rate spikes over the day; each one breaches the 0.5 % target once. */
const ERROR_SPIKES = 40;

/** k6 load runs: morning, midday and afternoon, each ending with its summary. */
const LOAD_RUNS = 3;
const LOAD_RUN_MS = 40 * 60_000;

export interface Window {
  from: number;
  to: number;
}

export interface DayShape {
  start: number;
  end: number;
  latencySpikes: Window[];
  errorSpikes: Window[];
  loadRuns: Window[];
}

/** A deterministic day: the same seed gives the same spikes, so every run measures the same journal. */
export function dayShape(start: number): DayShape {
  const random = seededRandom(0x5eed);
  const spikes = (count: number, minMs: number, maxMs: number): Window[] =>
    Array.from({ length: count }, (_, index) => {
      // One spike per equal slice of the day, somewhere inside it, so spikes never overlap.
      const slice = DAY_MS / count;
      const length = minMs + random() * (maxMs - minMs);
      const from = start + index * slice + random() * (slice - length);
      return { from: Math.round(from), to: Math.round(from + length) };
    });
  const loadRuns = Array.from({ length: LOAD_RUNS }, (_, index) => {
    const from = start + ((index * 2 + 1) * DAY_MS) / (LOAD_RUNS * 2) - LOAD_RUN_MS / 2;
    return { from, to: from + LOAD_RUN_MS };
  });
  return {
    start,
    end: start + DAY_MS,
    latencySpikes: spikes(LATENCY_SPIKES, 60_000, 8 * 60_000),
    errorSpikes: spikes(ERROR_SPIKES, 30_000, 5 * 60_000),
    loadRuns,
  };
}

export function within(windows: readonly Window[], time: number): Window | undefined {
  return windows.find((window) => time >= window.from && time < window.to);
}

/** P95 latency in ms: a slow daily wave under the 300 ms target, well over it in a spike. */
export function latencyAt(shape: DayShape, time: number): number {
  const wave = 170 + 60 * Math.sin((2 * Math.PI * (time - shape.start)) / (3 * 3_600_000));
  const spike = within(shape.latencySpikes, time) ? 180 + 80 * noise(time, 3) : 0;
  return round(wave + 30 * noise(time, 1) + spike, 1);
}

/** 5xx share in percent: a trickle under the 0.5 % target, over 1 % in a spike. */
export function errorRateAt(shape: DayShape, time: number): number {
  const spike = within(shape.errorSpikes, time) ? 0.9 + 0.6 * noise(time, 4) : 0;
  return round(0.08 + 0.12 * noise(time, 2) + spike, 3);
}

/** Requests per second: daytime traffic, far more while k6 runs. */
export function throughputAt(shape: DayShape, time: number): number {
  const wave = 800 + 300 * Math.sin((2 * Math.PI * (time - shape.start)) / (6 * 3_600_000));
  const load = within(shape.loadRuns, time) ? 1_500 : 0;
  return round(wave + load + 60 * noise(time, 5), 1);
}

/** A value in [0, 1) fixed for each poll slot and salt: the same moment always reads the same. */
export function noise(time: number, salt: number): number {
  let x = (Math.floor(time / POLL_MS) * 0x9e3779b1 + salt * 0x85ebca6b) >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x7feb352d) >>> 0;
  x = Math.imul(x ^ (x >>> 15), 0x846ca68b) >>> 0;
  return ((x ^ (x >>> 16)) >>> 0) / 2 ** 32;
}

function round(value: number, digits: number): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}
