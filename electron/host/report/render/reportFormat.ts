/** How the report writes times, durations and figures: the same way in every section. */

const MS_PER_SECOND = 1000;
const MS_PER_MINUTE = 60 * MS_PER_SECOND;
const MS_PER_HOUR = 60 * MS_PER_MINUTE;

/** Written wherever a figure cannot be known: never 0, never "passed". */
export const NO_DATA = 'no data';

/** A moment as ISO UTC to the second: `2026-11-23 14:03:27Z`. */
export function formatTime(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19).replace('T', ' ')}Z`;
}

/** A duration as a person says it: `850 ms`, `2.5 s`, `3 min 20 s`, `1 h 5 min`. */
export function formatDuration(ms: number): string {
  if (ms < MS_PER_SECOND) return `${Math.round(ms)} ms`;
  if (ms < MS_PER_MINUTE) return `${formatNumber(ms / MS_PER_SECOND)} s`;
  if (ms < MS_PER_HOUR) {
    // Rounded once, so 119.6 s reads 2 min, not 1 min 60 s.
    const totalSeconds = Math.round(ms / MS_PER_SECOND);
    const [minutes, seconds] = [Math.floor(totalSeconds / 60), totalSeconds % 60];
    return seconds === 0 ? `${minutes} min` : `${minutes} min ${seconds} s`;
  }
  const totalMinutes = Math.round(ms / MS_PER_MINUTE);
  const [hours, minutes] = [Math.floor(totalMinutes / 60), totalMinutes % 60];
  return minutes === 0 ? `${hours} h` : `${hours} h ${minutes} min`;
}

/** A duration, or "no data" when it is not known. */
export function formatOptionalDuration(ms: number | null): string {
  return ms === null ? NO_DATA : formatDuration(ms);
}

// Made once: toLocaleString builds a formatter per call, which the HTML report's thousands of axis labels feel.
const TWO_DECIMALS = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const THREE_SIGNIFICANT = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 3 });

/**
 * A number with thousands separated and no false precision: two decimals at most from 1 up,
 * three significant digits below (0.004 stays 0.004).
 */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  return (Math.abs(value) >= 1 || value === 0 ? TWO_DECIMALS : THREE_SIGNIFICANT).format(value);
}

/** A panel unit's suffix: percent and ratio both show as `%` (a ratio is scaled to it). */
const UNIT_SUFFIX: Readonly<Record<string, string>> = {
  percent: '%',
  ratio: '%',
  ms: 'ms',
  s: 's',
  'req/s': 'req/s',
  'ops/s': 'ops/s',
  bytes: 'bytes',
  'bytes/s': 'bytes/s',
  count: '',
};

/** A value in a panel's unit (`320 ms`, `0.5 %`); null: "no data"; an unknown unit is written as given. */
export function formatInUnit(value: number | null, unit: string | null): string {
  if (value === null) return NO_DATA;
  if (unit === null) return formatNumber(value);
  const scaled = unit === 'ratio' ? value * 100 : value;
  const suffix = UNIT_SUFFIX[unit] ?? unit;
  return suffix === '' ? formatNumber(scaled) : `${formatNumber(scaled)} ${suffix}`;
}

/** A fraction 0..1 as a percentage: 0.004 -> `0.4 %`; null: "no data". */
export function formatFraction(fraction: number | null): string {
  return formatInUnit(fraction, 'ratio');
}

/** A signed difference (`+200`, `-0.5 %`); null: "no data". */
export function formatChange(change: number | null, unit: string | null): string {
  if (change === null) return NO_DATA;
  const written = formatInUnit(change, unit);
  return change > 0 ? `+${written}` : written;
}

/** A count with its noun: `1 breach`, `3 breaches`. */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${formatNumber(count)} ${count === 1 ? singular : plural}`;
}
