import { describe, expect, it } from 'vitest';
import { percentile } from '../../electron/host/sandbox/load/loadTally';
import { parseNamed } from '../../electron/host/sandbox/load/loadValidation';
import {
  DEFAULT_REQUEST_MIX,
  pickRequest,
  type RequestMix,
  requestMixSchema,
} from '../../electron/host/sandbox/load/requestMix';
import { SANDBOX_PASSWORD } from '../../electron/host/sandbox/service/serviceConstants';

/** A deterministic stand-in for Math.random: a fixed-seed linear congruential generator. */
function seededRandom(seed = 42): () => number {
  let state = seed;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) % 2 ** 32;
    return state / 2 ** 32;
  };
}

function draw(mix: RequestMix, count: number) {
  const random = seededRandom();
  const counts: Record<string, number> = {};
  let wrongLogins = 0;
  for (let i = 0; i < count; i++) {
    const request = pickRequest(mix, random);
    counts[request.path] = (counts[request.path] ?? 0) + 1;
    if (request.path === '/api/login') {
      const body = JSON.parse(String(request.body)) as { user: string; password: string };
      expect(body.user).toMatch(/^vu-\d+$/);
      if (body.password !== SANDBOX_PASSWORD) wrongLogins++;
    }
  }
  return { counts, wrongLogins };
}

describe('the request mix', () => {
  it('is feed-heavy by default, in the proportions of its weights', () => {
    const { counts } = draw(DEFAULT_REQUEST_MIX, 20_000);
    expect((counts['/api/feed'] ?? 0) / 20_000).toBeCloseTo(0.6, 1);
    expect((counts['/api/notifications'] ?? 0) / 20_000).toBeCloseTo(0.2, 1);
    expect((counts['/api/login'] ?? 0) / 20_000).toBeCloseTo(0.1, 1);
    expect((counts['/api/posts'] ?? 0) / 20_000).toBeCloseTo(0.1, 1);
  });

  it('logs in with the right password mostly, and a wrong one at the share asked', () => {
    const { counts, wrongLogins } = draw({ ...DEFAULT_REQUEST_MIX, wrongPasswordShare: 0.2 }, 20_000);
    expect(wrongLogins / (counts['/api/login'] ?? 1)).toBeCloseTo(0.2, 1);
    expect(DEFAULT_REQUEST_MIX.wrongPasswordShare).toBeGreaterThan(0);
    expect(DEFAULT_REQUEST_MIX.wrongPasswordShare).toBeLessThan(0.01);
  });

  it('never picks a route weighted zero', () => {
    const { counts } = draw({ feed: 0, notifications: 0, login: 0, post: 1, wrongPasswordShare: 0 }, 1_000);
    expect(counts).toEqual({ '/api/posts': 1_000 });
  });

  it('rejects a mix naming the field', () => {
    const parse = (input: unknown) => parseNamed('request mix', requestMixSchema, input);
    expect(() => parse({ ...DEFAULT_REQUEST_MIX, feed: -1 })).toThrow(/^request mix feed: /);
    expect(() => parse({ ...DEFAULT_REQUEST_MIX, wrongPasswordShare: 2 })).toThrow(
      /^request mix wrongPasswordShare: /,
    );
    expect(() => parse({ feed: 0, notifications: 0, login: 0, post: 0, wrongPasswordShare: 0 })).toThrow(
      'request mix feed: at least one route needs a weight above 0',
    );
  });
});

describe('interval percentiles', () => {
  it('take the nearest rank, and none of nothing', () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(sorted, 0.5)).toBe(50);
    expect(percentile(sorted, 0.95)).toBe(95);
    expect(percentile([7], 0.95)).toBe(7);
    expect(percentile([], 0.5)).toBeNull();
  });
});
