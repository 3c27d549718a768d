import { describe, expect, it } from 'vitest';
import { durationText } from '../../../renderer/dashboard/durationText';
import { seriesSummary } from '../../../renderer/dashboard/seriesSummary';
import { viewWindow } from '../../../renderer/dashboard/timeRanges';
import { formatValue } from '../../../renderer/dashboard/unitFormat';
import { MAX_RANGE_SECONDS } from '../../../shared/dashboardContract';

describe('unit formatting', () => {
  it('shows percent as it is and ratio times a hundred', () => {
    expect(formatValue(42.123, 'percent', null)).toBe('42.1 %');
    expect(formatValue(0.005, 'ratio', null)).toBe('0.5 %');
    expect(formatValue(0.25, 'ratio', 1)).toBe('25.0 %');
  });

  it('switches durations between ms and s at one second', () => {
    expect(formatValue(0.3, 's', null)).toBe('300 ms');
    expect(formatValue(1.5, 's', null)).toBe('1.5 s');
    expect(formatValue(0, 's', null)).toBe('0 s');
    expect(formatValue(250, 'ms', null)).toBe('250 ms');
    expect(formatValue(2500, 'ms', null)).toBe('2.5 s');
  });

  it('scales bytes in binary steps and counts and rates in thousands', () => {
    expect(formatValue(512, 'bytes', null)).toBe('512 B');
    expect(formatValue(1536, 'bytes', null)).toBe('1.5 KiB');
    expect(formatValue(3 * 1024 ** 3, 'bytes', null)).toBe('3 GiB');
    expect(formatValue(1200, 'count', null)).toBe('1.2k');
    expect(formatValue(2_500_000, 'count', null)).toBe('2.5M');
    expect(formatValue(12.345, 'req/s', null)).toBe('12.3 req/s');
    expect(formatValue(4200, 'req/s', null)).toBe('4.2k req/s');
  });

  it('shows k6’s rates: operations per second in thousands, data per second in binary steps', () => {
    expect(formatValue(12.345, 'ops/s', null)).toBe('12.3/s');
    expect(formatValue(4200, 'ops/s', null)).toBe('4.2k/s');
    expect(formatValue(512, 'bytes/s', null)).toBe('512 B/s');
    expect(formatValue(1536, 'bytes/s', null)).toBe('1.5 KiB/s');
    expect(formatValue(2.5 * 1024 ** 2, 'bytes/s', 1)).toBe('2.5 MiB/s');
  });

  it('honours the panel’s decimals, and says plainly when there is no value', () => {
    expect(formatValue(0.123456, 's', 2)).toBe('123.46 ms');
    expect(formatValue(null, 'count', null)).toBe('–');
    expect(formatValue(Number.NaN, 'percent', null)).toBe('–');
  });

  it('says how long ago at a glance', () => {
    expect(durationText(8_400)).toBe('8 s');
    expect(durationText(184_000)).toBe('3 m 04 s');
    expect(durationText(2 * 3600_000 + 5 * 60_000)).toBe('2 h 05 m');
  });
});

describe('view window and legend summary', () => {
  it('ends now while following live, where paused otherwise', () => {
    expect(viewWindow('5m', null, 10_000, null)).toEqual({ min: 9_700, max: 10_000 });
    expect(viewWindow('1h', 9_000, 10_000, null)).toEqual({ min: 5_400, max: 9_000 });
  });

  it('starts the whole test day when the day started, at most the longest range back', () => {
    expect(viewWindow('day', null, 100_000, 90_000)).toEqual({ min: 90_000, max: 100_000 });
    expect(viewWindow('day', null, 500_000, 1_000).min).toBe(500_000 - MAX_RANGE_SECONDS);
    expect(viewWindow('day', null, 100_000, null).min).toBe(100_000 - 3600);
  });

  it('summarises a series over the window, skipping gaps', () => {
    const times = Float64Array.from([1, 2, 3, 4, 5]);
    const values = Float64Array.from([9, 2, Number.NaN, 7, 100]);
    expect(seriesSummary(times, values, 2, 4)).toEqual({ current: 7, min: 2, max: 7 });
    expect(seriesSummary(times, values, 3, 3)).toEqual({ current: null, min: null, max: null });
  });
});
