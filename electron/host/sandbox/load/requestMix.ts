import type autocannon from 'autocannon';
import { z } from 'zod';
import { SANDBOX_PASSWORD } from '../service/serviceConstants';

const weight = z.number().min(0).max(1_000);

/** Relative weights of the routes a virtual user calls, and how often a login is mistyped. */
export const requestMixSchema = z
  .object({
    feed: weight,
    notifications: weight,
    login: weight,
    post: weight,
    /** The fraction of logins sent with a wrong password: what moves auth_failures_total. */
    wrongPasswordShare: z.number().min(0).max(1),
  })
  .strict()
  .refine((mix) => mix.feed + mix.notifications + mix.login + mix.post > 0, {
    message: 'at least one route needs a weight above 0',
    path: ['feed'],
  });
export type RequestMix = z.output<typeof requestMixSchema>;

/**
 * Feed-heavy, as a social app's traffic is. Half a percent of logins fail: the auth-failure
 * metric moves, yet stays under HighAuthFailureRate's 1 % until a drill raises it.
 */
export const DEFAULT_REQUEST_MIX: RequestMix = {
  feed: 60,
  notifications: 20,
  login: 10,
  post: 10,
  wrongPasswordShare: 0.005,
};

export type MixedRequest = Required<Pick<autocannon.Request, 'method' | 'path'>> &
  Pick<autocannon.Request, 'headers' | 'body'>;

const JSON_HEADERS = { 'content-type': 'application/json' };

/** One request drawn from the mix; `random` returns [0, 1) like Math.random. */
export function pickRequest(mix: RequestMix, random: () => number = Math.random): MixedRequest {
  const total = mix.feed + mix.notifications + mix.login + mix.post;
  const point = random() * total;
  if (point < mix.feed) return { method: 'GET', path: '/api/feed' };
  if (point < mix.feed + mix.notifications) return { method: 'GET', path: '/api/notifications' };
  const user = `vu-${Math.floor(random() * 1_000)}`;
  if (point < mix.feed + mix.notifications + mix.login) {
    const password = random() < mix.wrongPasswordShare ? 'mistyped' : SANDBOX_PASSWORD;
    return {
      method: 'POST',
      path: '/api/login',
      headers: JSON_HEADERS,
      body: JSON.stringify({ user, password }),
    };
  }
  return {
    method: 'POST',
    path: '/api/posts',
    headers: JSON_HEADERS,
    body: JSON.stringify({ author: user, text: 'rehearsal load' }),
  };
}
