import { describe, expect, it } from 'vitest';
import { parseRfc3339 } from '../../../electron/host/k6/output/rfc3339';

function ms(text: string): number {
  const result = parseRfc3339(text);
  if (!result.ok) throw new Error(result.reason);
  return result.ms;
}

describe('parseRfc3339', () => {
  it('reads UTC times as Date does', () => {
    expect(ms('2021-02-24T13:37:10Z')).toBe(Date.parse('2021-02-24T13:37:10Z'));
    expect(ms('1970-01-01T00:00:00Z')).toBe(0);
    expect(ms('2024-02-29t23:59:59.5z')).toBe(Date.parse('2024-02-29T23:59:59.500Z'));
  });

  it('applies positive and negative offsets', () => {
    expect(ms('2021-02-24T15:37:10+02:00')).toBe(Date.parse('2021-02-24T13:37:10Z'));
    expect(ms('2021-02-24T08:07:10-05:30')).toBe(Date.parse('2021-02-24T13:37:10Z'));
    expect(ms('2021-02-25T03:37:10+14:00')).toBe(Date.parse('2021-02-24T13:37:10Z'));
  });

  it('keeps nanoseconds as the fraction of a millisecond', () => {
    const whole = Date.parse('2021-02-24T13:37:10.854Z');
    expect(ms('2021-02-24T15:37:10.854123456+02:00')).toBe(whole + 123_456 / 1_000_000);
    // A double near 1.6e12 resolves about 0.24 µs: microseconds survive, single nanoseconds cannot.
    expect(ms('2021-02-24T13:37:10.854001Z') - whole).toBeCloseTo(0.001, 3);
    expect(ms('2021-02-24T13:37:10.8Z')).toBe(Date.parse('2021-02-24T13:37:10.800Z'));
    expect(ms('2021-02-24T13:37:10.000001Z')).toBeGreaterThan(ms('2021-02-24T13:37:10Z'));
  });

  it('gives two spellings of one instant the same number', () => {
    expect(ms('2026-03-14T14:45:00.123456789+05:45')).toBe(ms('2026-03-14T09:00:00.123456789Z'));
  });

  it('handles years below 100 without the Date.UTC 1900 rule', () => {
    expect(ms('0099-12-31T23:59:59Z')).toBe(Date.parse('0099-12-31T23:59:59Z'));
  });

  it.each([
    ['2021-02-24 13:37:10', 'not an RFC 3339 time'],
    ['2021-02-24T13:37:10', 'not an RFC 3339 time'],
    ['2021-02-24T13:37:10+0200', 'not an RFC 3339 time'],
    ['2021-13-24T13:37:10Z', 'month 13 out of range'],
    ['2021-02-29T13:37:10Z', 'day 29 out of range'],
    ['2021-02-24T24:00:00Z', 'time of day out of range'],
    ['2021-02-24T13:37:61Z', 'second 61 out of range'],
    ['2021-02-24T13:37:10.1234567890Z', 'more than 9 fractional digits'],
    ['2021-02-24T13:37:10+24:00', 'offset out of range'],
    ['', 'not an RFC 3339 time'],
  ])('rejects %j with a reason', (text, reason) => {
    const result = parseRfc3339(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain(reason);
  });
});
