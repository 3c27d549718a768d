/**
 * RFC 3339 timestamps as Go's `time.RFC3339Nano` writes them (k6's `--out json`): up to nine
 * fractional digits, `Z` or a `±hh:mm` offset.
 */

export type Rfc3339Result = { ok: true; ms: number } | { ok: false; reason: string };

const RFC3339 =
  /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(?:([Zz])|([+-])(\d{2}):(\d{2}))$/;

/** Go writes at most nanoseconds; more digits mean the text did not come from k6. */
const MAX_FRACTION_DIGITS = 9;

/** 400 Gregorian years are exactly 146097 days: shifting by them keeps Date.UTC off its 1900+yy rule. */
const YEARS_IN_CYCLE = 400;
const MS_IN_CYCLE = 146_097 * 86_400_000;

const NANOS_PER_MS = 1_000_000;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year + YEARS_IN_CYCLE, month, 0)).getUTCDate();
}

/**
 * Milliseconds since the epoch, UTC; the sub-millisecond part is kept as a fraction computed as
 * `whole ms + (nanoseconds within the ms) / 1e6`, so equal instants give equal numbers.
 */
export function parseRfc3339(text: string): Rfc3339Result {
  const m = RFC3339.exec(text);
  if (!m) return { ok: false, reason: `not an RFC 3339 time: ${JSON.stringify(text.slice(0, 40))}` };
  const [, y, mo, d, h, mi, s, fraction, , sign, oh, om] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s);
  if (month < 1 || month > 12) return { ok: false, reason: `month ${mo} out of range in ${text}` };
  if (day < 1 || day > daysInMonth(year, month))
    return { ok: false, reason: `day ${d} out of range in ${text}` };
  if (hour > 23 || minute > 59) return { ok: false, reason: `time of day out of range in ${text}` };
  // 60 is a leap second; it lands on the next minute's first second.
  if (second > 60) return { ok: false, reason: `second ${s} out of range in ${text}` };
  let nanos = 0;
  if (fraction !== undefined) {
    if (fraction.length > MAX_FRACTION_DIGITS) {
      return { ok: false, reason: `more than ${MAX_FRACTION_DIGITS} fractional digits in ${text}` };
    }
    nanos = Number(fraction.padEnd(MAX_FRACTION_DIGITS, '0'));
  }
  let offsetMinutes = 0;
  if (sign !== undefined) {
    const offsetHours = Number(oh);
    const offsetMins = Number(om);
    if (offsetHours > 23 || offsetMins > 59) return { ok: false, reason: `offset out of range in ${text}` };
    offsetMinutes = (sign === '-' ? -1 : 1) * (offsetHours * 60 + offsetMins);
  }
  const wholeMs =
    Date.UTC(year + YEARS_IN_CYCLE, month - 1, day, hour, minute, second) -
    MS_IN_CYCLE -
    offsetMinutes * 60_000 +
    Math.floor(nanos / NANOS_PER_MS);
  return { ok: true, ms: wholeMs + (nanos % NANOS_PER_MS) / NANOS_PER_MS };
}
