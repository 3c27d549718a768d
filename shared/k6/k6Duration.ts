import { parseGoFloat } from './goFloat';

/**
 * Reads a duration as k6 reads `delayAbortEval` (its `ParseExtendedDuration`): a bare number is
 * milliseconds (`"1500"`), a `d` introduces days (`"1d12h"`), anything else is Go's
 * `time.ParseDuration` (`"10s"`, `"1m30s"`, `"1.5h"`, `"300ms"`, `"2us"`). Returns milliseconds.
 */
export function parseK6DurationMs(text: string): number {
  const bare = parseGoFloat(text);
  if (bare !== undefined && Number.isFinite(bare)) return bare;
  const dayMark = text.indexOf('d');
  if (dayMark < 0) return parseGoDurationMs(text);
  const rest = dayMark + 1 < text.length ? parseGoDurationMs(text.slice(dayMark + 1)) : 0;
  if (rest < 0) throw new Error(`invalid duration "${text}": the part after the days is negative`);
  const daysText = text.slice(0, dayMark);
  if (!/^[+-]?\d+$/.test(daysText))
    throw new Error(`invalid duration "${text}": expected whole days before "d"`);
  const days = Number(daysText);
  return days * MS_PER_DAY + (days < 0 ? -rest : rest);
}

const MS_PER_DAY = 86_400_000;

/** Go's duration units, in milliseconds. */
const UNIT_MS: Record<string, number> = {
  ns: 1e-6,
  us: 1e-3,
  µs: 1e-3,
  μs: 1e-3,
  ms: 1,
  s: 1_000,
  m: 60_000,
  h: 3_600_000,
};

/** Go stores durations as int64 nanoseconds; anything beyond is an error there. */
const MAX_DURATION_MS = 2 ** 63 / 1e6;

/** One `number unit` element of a Go duration: digits before and/or after a dot, then letters. */
const DURATION_ELEMENT = /^(\d*)(?:\.(\d*))?([^\d.]*)/;

function parseGoDurationMs(text: string): number {
  const negative = text.startsWith('-');
  let rest = /^[+-]/.test(text) ? text.slice(1) : text;
  if (rest === '0') return 0;
  if (rest === '') throw new Error(`invalid duration "${text}"`);
  let total = 0;
  for (let guard = 0; rest !== '' && guard <= text.length; guard++) {
    const match = DURATION_ELEMENT.exec(rest);
    const [whole, integer = '', fraction, unit = ''] = match ?? [''];
    if (integer === '' && (fraction ?? '') === '') throw new Error(`invalid duration "${text}"`);
    if (unit === '') throw new Error(`missing unit in duration "${text}"`);
    const unitMs = UNIT_MS[unit];
    if (unitMs === undefined) throw new Error(`unknown unit "${unit}" in duration "${text}"`);
    total += Number(`${integer || '0'}.${fraction || '0'}`) * unitMs;
    rest = rest.slice(whole.length);
  }
  if (total > MAX_DURATION_MS) throw new Error(`invalid duration "${text}": too long`);
  return negative ? -total : total;
}
