import { describe, expect, it } from 'vitest';
import { MAX_COHORTS, MAX_TOTAL_SECONDS, MAX_VUS } from '../../electron/host/sandbox/load/loadConstants';
import {
  LOAD_PRESETS,
  loadPreset,
  parseLoadProfile,
  profileSeconds,
} from '../../electron/host/sandbox/load/loadProfile';
import { cohortSizes, cohortsFor, phaseAt, vusAt } from '../../electron/host/sandbox/load/vuSchedule';

const profile = parseLoadProfile({ vus: 10, rampUpSeconds: 10, holdSeconds: 5, rampDownSeconds: 5 });

describe('the load profile schedule', () => {
  it('ramps up linearly from one VU, holds, ramps down, then stops', () => {
    const at = (elapsed: number) => [phaseAt(profile, elapsed), vusAt(profile, elapsed)];
    expect(at(0)).toEqual(['ramp-up', 1]);
    expect(at(2.5)).toEqual(['ramp-up', 3]);
    expect(at(5)).toEqual(['ramp-up', 5]);
    expect(at(9.9)).toEqual(['ramp-up', 10]);
    expect(at(10)).toEqual(['hold', 10]);
    expect(at(14.9)).toEqual(['hold', 10]);
    expect(at(15)).toEqual(['ramp-down', 10]);
    expect(at(17.5)).toEqual(['ramp-down', 5]);
    expect(at(19.9)).toEqual(['ramp-down', 1]);
    expect(at(20)).toEqual(['done', 0]);
  });

  it('skips a ramp of zero seconds', () => {
    const square = parseLoadProfile({ vus: 4, rampUpSeconds: 0, holdSeconds: 3, rampDownSeconds: 0 });
    expect([phaseAt(square, 0), vusAt(square, 0)]).toEqual(['hold', 4]);
    expect([phaseAt(square, 3), vusAt(square, 3)]).toEqual(['done', 0]);
  });

  it('moves VUs one at a time up to MAX_COHORTS, in at most MAX_COHORTS cohorts beyond', () => {
    expect(cohortSizes(3)).toEqual([1, 1, 1]);
    expect(cohortSizes(MAX_COHORTS)).toHaveLength(MAX_COHORTS);
    const big = cohortSizes(MAX_VUS);
    expect(big.length).toBeLessThanOrEqual(MAX_COHORTS);
    expect(big.reduce((a, b) => a + b)).toBe(MAX_VUS);
    const odd = cohortSizes(205);
    expect(odd.reduce((a, b) => a + b)).toBe(205);
    expect(cohortsFor(odd, 0)).toBe(0);
    expect(cohortsFor(odd, 1)).toBe(1);
    expect(cohortsFor(odd, 205)).toBe(odd.length);
  });
});

describe('load profile validation', () => {
  const valid = { vus: 10, rampUpSeconds: 3, holdSeconds: 2, rampDownSeconds: 2 };

  it('defaults the pace of a VU', () => {
    expect(parseLoadProfile(valid).vuRequestsPerSecond).toBeGreaterThan(0);
  });

  it.each([
    [{ ...valid, vus: MAX_VUS + 1 }, /^load profile vus: /],
    [{ ...valid, vus: 0 }, /^load profile vus: /],
    [{ ...valid, vus: 2.5 }, /^load profile vus: /],
    [{ ...valid, rampUpSeconds: -1 }, /^load profile rampUpSeconds: /],
    [{ ...valid, holdSeconds: 'long' }, /^load profile holdSeconds: /],
    [{ ...valid, rampDownSeconds: undefined }, /^load profile rampDownSeconds: /],
    [{ ...valid, vuRequestsPerSecond: 1_000 }, /^load profile vuRequestsPerSecond: /],
    [{ ...valid, users: 3 }, /^load profile .*users/],
    [{ vus: 1, rampUpSeconds: 0, holdSeconds: 0, rampDownSeconds: 0 }, /^load profile holdSeconds: .*0 s/],
    [
      { vus: 1, rampUpSeconds: MAX_TOTAL_SECONDS, holdSeconds: 1, rampDownSeconds: 0 },
      /^load profile holdSeconds: .*1801 s/,
    ],
  ])('rejects %j naming the field', (input, message) => {
    expect(() => parseLoadProfile(input)).toThrow(message);
  });
});

describe('load presets', () => {
  it('grow from smoke to ramp to peak, each valid and within bounds', () => {
    const smoke = loadPreset('smoke');
    const ramp = loadPreset('ramp');
    const peak = loadPreset('peak');
    expect(smoke.vus).toBe(5);
    expect(profileSeconds(smoke)).toBe(30);
    expect(ramp.vus).toBe(50);
    expect(peak.vus).toBe(200);
    for (const preset of [smoke, ramp, peak]) {
      expect(preset.rampUpSeconds).toBeGreaterThan(0);
      expect(preset.holdSeconds).toBeGreaterThan(preset.rampUpSeconds);
      expect(preset.rampDownSeconds).toBeGreaterThan(0);
      expect(profileSeconds(preset)).toBeLessThanOrEqual(MAX_TOTAL_SECONDS);
    }
    expect(Object.keys(LOAD_PRESETS)).toEqual(['smoke', 'ramp', 'peak']);
  });

  it('names the presets there are when asked for one that is not', () => {
    expect(() => loadPreset('soak')).toThrow('no load profile "soak"; choose one of smoke, ramp, peak');
    expect(() => loadPreset('toString')).toThrow(/no load profile/);
  });
});
