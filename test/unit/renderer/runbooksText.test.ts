import { describe, expect, it } from 'vitest';
import { clockTime } from '../../../renderer/journal/timeFormat';
import {
  elapsedText,
  isWebUrl,
  limitText,
  stepDuration,
  tickText,
  whenText,
} from '../../../renderer/views/runbooks/runbookText';
import { DAY_START, stepRun } from './runbooksFakeHost';

describe('runbook text', () => {
  it('says how long a step took, exact while short', () => {
    expect(elapsedText(0)).toBe('0 ms');
    expect(elapsedText(420)).toBe('420 ms');
    expect(elapsedText(3_249)).toBe('3.2 s');
    expect(elapsedText(42_900)).toBe('42 s');
    expect(elapsedText(65_000)).toBe('1 m 05 s');
    expect(elapsedText(2 * 3_600_000 + 5 * 60_000)).toBe('2 h 05 m');
    expect(elapsedText(-5)).toBe('0 ms');
  });

  it('writes limits as a runbook author would', () => {
    expect(limitText(60_000)).toBe('1m');
    expect(limitText(30_000)).toBe('30s');
    expect(limitText(5_400_000)).toBe('1h30m');
    expect(limitText(1_500)).toBe('1500ms');
    expect(limitText(0)).toBe('0s');
  });

  it('measures a running step up to now and a finished one to its end', () => {
    expect(stepDuration(stepRun('a'), DAY_START)).toBeNull();
    expect(stepDuration(stepRun('a', { startedAt: DAY_START }), DAY_START + 2_000)).toBe(2_000);
    expect(
      stepDuration(stepRun('a', { startedAt: DAY_START, finishedAt: DAY_START + 500 }), DAY_START + 9_000),
    ).toBe(500);
  });

  it('gives the clock time for today and the date too for another day', () => {
    expect(whenText(DAY_START, DAY_START + 60_000)).toBe(clockTime(DAY_START));
    const lastWeek = DAY_START - 7 * 86_400_000;
    expect(whenText(lastWeek, DAY_START)).toContain(clockTime(lastWeek));
    expect(whenText(lastWeek, DAY_START)).not.toBe(clockTime(lastWeek));
  });

  it('says who ticked a check and when, to the second', () => {
    expect(tickText({ checked: true, by: 'ana', at: DAY_START + 3_000 })).toBe(
      `ticked by ana at ${clockTime(DAY_START + 3_000)}`,
    );
    expect(clockTime(DAY_START + 3_000)).toMatch(/^\d\d:\d\d:\d\d$/);
    expect(tickText({ checked: false, by: 'bo', at: DAY_START })).toMatch(/^unticked by bo at /);
  });

  it('opens only http and https links', () => {
    expect(isWebUrl('https://grafana.example.com/d/abc')).toBe(true);
    expect(isWebUrl('http://127.0.0.1:4290/health')).toBe(true);
    expect(isWebUrl('javascript:alert(1)')).toBe(false);
    expect(isWebUrl('file:///etc/passwd')).toBe(false);
    expect(isWebUrl('/relative/path')).toBe(false);
    expect(isWebUrl('JAVASCRIPT:alert(1)')).toBe(false);
  });
});
