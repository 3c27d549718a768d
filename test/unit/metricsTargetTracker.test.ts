import { describe, expect, it } from 'vitest';
import { TargetTracker } from '../../electron/host/metrics/targets/targetTracker';

const SECOND = 1_000;

describe('a target with a `for` duration', () => {
  it('goes pending on the first miss, breached once the miss has lasted `for`, and recovers once', () => {
    const p95 = new TargetTracker({ comparator: '<', value: 0.3, forMs: 10 * SECOND });
    expect(p95.observe(0, [0.12, 0.2])).toBeNull();
    expect(p95.state).toBe('ok');
    expect(p95.observe(5 * SECOND, [0.12, 0.45])).toBeNull();
    expect(p95.state).toBe('pending');
    expect(p95.since).toBe(5 * SECOND);
    expect(p95.observe(10 * SECOND, [0.5])).toBeNull();
    expect(p95.observe(15 * SECOND, [0.52, 0.1])).toEqual({
      kind: 'breached',
      value: 0.52,
      missingSince: 5 * SECOND,
    });
    expect(p95.state).toBe('breached');
    // Further misses are the same breach, not new ones.
    expect(p95.observe(20 * SECOND, [0.9])).toBeNull();
    expect(p95.observe(25 * SECOND, [0.6])).toBeNull();
    expect(p95.observe(30 * SECOND, [0.2])).toEqual({
      kind: 'recovered',
      value: 0.2,
      worstValue: 0.9,
      missingSince: 5 * SECOND,
      breachedAt: 15 * SECOND,
      lastedMs: 25 * SECOND,
    });
    expect(p95.state).toBe('ok');
    expect(p95.observe(35 * SECOND, [0.2])).toBeNull();
  });

  it('forgets a pending spell that ends before `for`, without any event', () => {
    const errors = new TargetTracker({ comparator: '<', value: 0.005, forMs: 60 * SECOND });
    expect(errors.observe(0, [0.02])).toBeNull();
    expect(errors.state).toBe('pending');
    expect(errors.observe(30 * SECOND, [0.001])).toBeNull();
    expect(errors.state).toBe('ok');
    expect(errors.observe(40 * SECOND, [0.02])).toBeNull();
    expect(errors.since).toBe(40 * SECOND);
  });
});

describe('a target without `for`', () => {
  it('is breached on the first miss, and a lower bound counts its lowest series', () => {
    const sockets = new TargetTracker({ comparator: '>=', value: 100, forMs: 0 });
    expect(sockets.observe(0, [150, 120])).toBeNull();
    expect(sockets.observe(SECOND, [150, 80, 90])).toEqual({
      kind: 'breached',
      value: 80,
      missingSince: SECOND,
    });
  });

  it('treats a value on the boundary by its comparator', () => {
    expect(new TargetTracker({ comparator: '<', value: 1, forMs: 0 }).observe(0, [1])?.kind).toBe('breached');
    expect(new TargetTracker({ comparator: '<=', value: 1, forMs: 0 }).observe(0, [1])).toBeNull();
  });
});

describe('no data', () => {
  it('judges nothing from NaN or an empty answer, and a breach stands until data ends it', () => {
    const errors = new TargetTracker({ comparator: '<', value: 0.005, forMs: 0 });
    expect(errors.observe(0, [Number.NaN])).toBeNull();
    expect(errors.state).toBe('no-data');
    expect(errors.observe(SECOND, [0.5, Number.NaN])?.kind).toBe('breached');
    expect(errors.observe(2 * SECOND, [])).toBeNull();
    expect(errors.state).toBe('breached');
    expect(errors.observe(3 * SECOND, [0])).toMatchObject({ kind: 'recovered', lastedMs: 2 * SECOND });
  });

  it('starts a pending spell afresh after a gap in the data', () => {
    const p95 = new TargetTracker({ comparator: '<', value: 0.3, forMs: 10 * SECOND });
    p95.observe(0, [0.5]);
    p95.observe(5 * SECOND, []);
    expect(p95.state).toBe('no-data');
    expect(p95.observe(12 * SECOND, [0.5])).toBeNull();
    expect(p95.state).toBe('pending');
  });
});
