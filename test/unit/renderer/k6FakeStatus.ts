import type { K6Run, K6Status, K6ThresholdStatus } from '../../../shared/k6StatusTypes';

/** Times in the tests: k6 started at T0, things change after it. */
export const T0 = Date.UTC(2026, 10, 23, 14, 0, 0);

export function k6Run(overrides: Partial<K6Run> = {}): K6Run {
  return {
    label: 'Running',
    paused: false,
    stopped: false,
    tainted: false,
    running: true,
    vus: 40,
    vusMax: 50,
    ...overrides,
  };
}

export function k6Threshold(
  metricKey: string,
  expression: string,
  overrides: Partial<K6ThresholdStatus> = {},
): K6ThresholdStatus {
  return {
    key: `${metricKey}: ${expression}`,
    metricKey,
    expression,
    origin: 'output',
    verdict: 'ok',
    since: T0,
    abortOnFail: false,
    wouldAbort: false,
    observed: null,
    line: null,
    ...overrides,
  };
}

/** A k6 reading /tmp/k6.json and reachable at 127.0.0.1:6565, unless overridden. */
export function k6Status(overrides: Partial<K6Status> = {}): K6Status {
  return {
    environment: 'rehearsal',
    output: {
      path: '/tmp/k6.json',
      state: 'reading',
      lines: 1300,
      points: 1204,
      malformed: 0,
      firstMalformed: [],
      restarts: 0,
      problem: null,
      firstPointAt: T0,
      lastPointAt: T0 + 60_000,
    },
    api: { address: '127.0.0.1:6565', state: 'up', since: T0, problem: null, run: k6Run(), metrics: [] },
    thresholds: [],
    problems: [],
    ...overrides,
  };
}

/** The status of an environment that names no k6 at all. */
export function noK6Status(): K6Status {
  const status = k6Status();
  return {
    ...status,
    output: { ...status.output, path: null, state: 'none', lines: 0, points: 0 },
    api: { address: null, state: 'none', since: T0, problem: null, run: null, metrics: [] },
  };
}
