/**
 * The RFC 3339 times of rfc3339.ts read straight from bytes, allocating nothing: the fast path of
 * k6OutputPointScanner. Gives the very number parseRfc3339 gives, or NaN for any text it does not
 * take (the line then goes to the general parser, which names the problem).
 */

const DIGIT_0 = 0x30;
const MS_PER_DAY = 86_400_000;
const MS_PER_HOUR = 3_600_000;
const MS_PER_MINUTE = 60_000;
const NANOS_PER_MS = 1_000_000;
/** Go writes at most nanoseconds (the same limit as rfc3339.ts). */
const MAX_FRACTION_DIGITS = 9;
/** Days from 0000-03-01 to 1970-01-01 in the proleptic Gregorian calendar (Hinnant's days_from_civil). */
const DAYS_TO_EPOCH_FROM_0000_03_01 = 719_468;
const DAYS_IN_400_YEARS = 146_097;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** 10^(9 - n): scales n fractional digits to nanoseconds. */
const FRACTION_SCALE = [1e9, 1e8, 1e7, 1e6, 1e5, 1e4, 1e3, 100, 10, 1];

/** The two-digit number at `at`, or -1 when either byte is not a digit. */
function twoDigits(bytes: Uint8Array, at: number): number {
  const tens = (bytes[at] as number) - DIGIT_0;
  const ones = (bytes[at + 1] as number) - DIGIT_0;
  if (tens < 0 || tens > 9 || ones < 0 || ones > 9) return -1;
  return tens * 10 + ones;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days since 1970-01-01 of a valid Gregorian date (month 1 to 12). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * DAYS_IN_400_YEARS + dayOfEra - DAYS_TO_EPOCH_FROM_0000_03_01;
}

/** Milliseconds since the epoch of the time in `bytes[start, end)`, as parseRfc3339 computes them; NaN if not taken. */
export function rfc3339MsFromBytes(bytes: Uint8Array, start: number, end: number): number {
  // The shortest form: 2006-01-02T15:04:05Z.
  if (end - start < 20) return Number.NaN;
  const century = twoDigits(bytes, start);
  const yy = twoDigits(bytes, start + 2);
  const month = twoDigits(bytes, start + 5);
  const day = twoDigits(bytes, start + 8);
  const hour = twoDigits(bytes, start + 11);
  const minute = twoDigits(bytes, start + 14);
  const second = twoDigits(bytes, start + 17);
  const t = bytes[start + 10];
  if (
    (century | yy | month | day | hour | minute | second) < 0 ||
    bytes[start + 4] !== 0x2d ||
    bytes[start + 7] !== 0x2d ||
    (t !== 0x54 && t !== 0x74) ||
    bytes[start + 13] !== 0x3a ||
    bytes[start + 16] !== 0x3a
  ) {
    return Number.NaN;
  }
  const year = century * 100 + yy;
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 60) return Number.NaN;
  const monthDays = month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] as number);
  if (day > monthDays) return Number.NaN;
  let at = start + 19;
  let nanos = 0;
  if (bytes[at] === 0x2e) {
    const first = ++at;
    while (at < end) {
      const digit = (bytes[at] as number) - DIGIT_0;
      if (digit < 0 || digit > 9) break;
      nanos = nanos * 10 + digit;
      at++;
    }
    const digits = at - first;
    if (digits === 0 || digits > MAX_FRACTION_DIGITS) return Number.NaN;
    nanos *= FRACTION_SCALE[digits] as number;
  }
  let offsetMinutes = 0;
  const zone = bytes[at];
  if (zone === 0x5a || zone === 0x7a) {
    if (at + 1 !== end) return Number.NaN;
  } else if (zone === 0x2b || zone === 0x2d) {
    if (at + 6 !== end || bytes[at + 3] !== 0x3a) return Number.NaN;
    const offsetHours = twoDigits(bytes, at + 1);
    const offsetMins = twoDigits(bytes, at + 4);
    if (offsetHours < 0 || offsetMins < 0 || offsetHours > 23 || offsetMins > 59) return Number.NaN;
    offsetMinutes = (zone === 0x2d ? -1 : 1) * (offsetHours * 60 + offsetMins);
  } else {
    return Number.NaN;
  }
  // Every term is a whole number far below 2^53, so the sum is exact whatever its order.
  const wholeMs =
    daysFromCivil(year, month, day) * MS_PER_DAY +
    hour * MS_PER_HOUR +
    minute * MS_PER_MINUTE +
    second * 1000 -
    offsetMinutes * MS_PER_MINUTE +
    Math.floor(nanos / NANOS_PER_MS);
  return wholeMs + (nanos % NANOS_PER_MS) / NANOS_PER_MS;
}
