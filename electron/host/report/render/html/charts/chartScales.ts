/** Axis scales for the report's charts: round value ticks, and UTC clock ticks for time. */

const MS_PER_SECOND = 1000;
const MS_PER_MINUTE = 60 * MS_PER_SECOND;
const MS_PER_HOUR = 60 * MS_PER_MINUTE;

/** Tick steps a reader counts in: seconds up to a day. */
const TIME_STEPS_MS = [
  10 * MS_PER_SECOND,
  15 * MS_PER_SECOND,
  30 * MS_PER_SECOND,
  MS_PER_MINUTE,
  2 * MS_PER_MINUTE,
  5 * MS_PER_MINUTE,
  10 * MS_PER_MINUTE,
  15 * MS_PER_MINUTE,
  30 * MS_PER_MINUTE,
  MS_PER_HOUR,
  2 * MS_PER_HOUR,
  3 * MS_PER_HOUR,
  6 * MS_PER_HOUR,
  12 * MS_PER_HOUR,
  24 * MS_PER_HOUR,
];

/** A window this short is widened around its middle, so one point still has a readable axis. */
export const MIN_TIME_SPAN_MS = MS_PER_MINUTE;

export interface Domain {
  min: number;
  max: number;
}

/** Maps a domain onto pixels [start, end] (end < start for a y axis, whose origin is at the bottom). */
export function linearScale(domain: Domain, start: number, end: number): (value: number) => number {
  const span = domain.max - domain.min;
  const factor = span === 0 ? 0 : (end - start) / span;
  return (value) => start + (value - domain.min) * factor;
}

/** A coordinate rounded to one decimal: pixels finer than that only lengthen the SVG. */
export function pixel(value: number): number {
  return Math.round(value * 10) / 10;
}

/** The time window widened to at least MIN_TIME_SPAN_MS. */
export function timeDomain(fromMs: number, toMs: number): Domain {
  if (toMs - fromMs >= MIN_TIME_SPAN_MS) return { min: fromMs, max: toMs };
  const middle = (fromMs + toMs) / 2;
  return { min: middle - MIN_TIME_SPAN_MS / 2, max: middle + MIN_TIME_SPAN_MS / 2 };
}

/** Clock ticks on whole steps of UTC time, at most `maxTicks`; labelled HH:MM (HH:MM:SS under a minute). */
export function timeTicks(domain: Domain, maxTicks: number): Array<{ atMs: number; label: string }> {
  const span = domain.max - domain.min;
  const step =
    TIME_STEPS_MS.find((candidate) => span / candidate <= maxTicks) ?? (TIME_STEPS_MS.at(-1) as number);
  const withSeconds = step < MS_PER_MINUTE;
  const ticks: Array<{ atMs: number; label: string }> = [];
  for (
    let atMs = Math.ceil(domain.min / step) * step;
    atMs <= domain.max && ticks.length <= maxTicks;
    atMs += step
  ) {
    ticks.push({ atMs, label: new Date(atMs).toISOString().slice(11, withSeconds ? 19 : 16) });
  }
  return ticks;
}

/**
 * The value axis: from 0 (or below, for negative values) to a round number above the highest of
 * `values`, with ticks on a 1-2-5 step.
 */
export function valueAxis(
  low: number,
  high: number,
  targetTicks: number,
): { domain: Domain; ticks: number[] } {
  const min = Math.min(0, low);
  const max = high > min ? high : min + 1;
  const step = niceStep((max - min) / targetTicks);
  const domain = { min: Math.floor(min / step) * step, max: Math.ceil(max / step) * step };
  const ticks: number[] = [];
  const count = Math.round((domain.max - domain.min) / step);
  // Rounded to 12 significant digits so 0.1 + 0.2 reads 0.3.
  for (let index = 0; index <= count; index++)
    ticks.push(Number((domain.min + index * step).toPrecision(12)));
  return { domain, ticks };
}

function niceStep(rough: number): number {
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const fraction = rough / magnitude;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
  return nice * magnitude;
}
