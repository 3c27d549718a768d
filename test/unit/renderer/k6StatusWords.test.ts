import { describe, expect, it } from 'vitest';
import { k6ControlAvailability } from '../../../renderer/state/k6/k6ControlAvailability';
import { failedCount, failedFirst, selectHasK6 } from '../../../renderer/state/k6/k6StatusSelectors';
import type { K6StatusState } from '../../../renderer/state/k6/k6StatusStore';
import {
  apiWords,
  importedWords,
  k6MetricUnit,
  malformedDetails,
  observedWords,
  outputTroubles,
  outputWords,
  runWords,
  verdictWords,
} from '../../../renderer/state/k6/k6StatusWords';
import { summaryTooLargeMessage } from '../../../renderer/state/k6/k6SummaryFile';
import type { K6Status } from '../../../shared/k6StatusTypes';
import { k6Run, k6Status, k6Threshold, noK6Status, T0 } from './k6FakeStatus';

/** A clock that shows the offset from T0, so the words are the same in every time zone. */
const clock = (epochMs: number) => `T0+${(epochMs - T0) / 1000}s`;

function state(status: K6Status | null): K6StatusState {
  return { status, error: null, apply: () => {}, applyRun: () => {}, refresh: async () => {} };
}

describe('k6 thresholds in the bar', () => {
  it('lists failed thresholds first, the longest failing at the top, the others in the host’s order', () => {
    const thresholds = [
      k6Threshold('http_reqs', 'count>100'),
      k6Threshold('http_req_failed', 'rate<0.01', { verdict: 'failed', since: T0 + 9_000 }),
      k6Threshold('checks', 'rate>0.99'),
      k6Threshold('http_req_duration', 'p(95)<300', { verdict: 'failed', since: T0 + 3_000 }),
    ];
    expect(failedFirst(thresholds).map((one) => one.metricKey)).toEqual([
      'http_req_duration',
      'http_req_failed',
      'http_reqs',
      'checks',
    ]);
    expect(failedCount(thresholds)).toBe(2);
  });

  it('says the verdict and since when, the value judged, in the panel’s unit only where it is drawn', () => {
    const p95 = k6Threshold('http_req_duration', 'p(95)<300', {
      verdict: 'failed',
      since: T0 + 4_000,
      observed: 1234.5,
      line: 300,
    });
    expect(verdictWords(p95, clock)).toBe('failed since T0+4s');
    expect(verdictWords({ ...p95, since: null }, clock)).toBe('failed');
    expect(observedWords(p95, 'ms')).toBe('observed 1.23 s');
    expect(observedWords(p95, null)).toBe('observed 1235');
    const count = k6Threshold('http_reqs', 'count>100', { observed: 0.5, line: null });
    expect(observedWords(count, 'req/s')).toBe('observed 0.5');
    expect(observedWords(k6Threshold('checks', 'rate>0.99'), 'ratio')).toBe('no sample yet');
  });

  it('knows each k6 panel metric’s unit, tagged or not, for the bar’s observed values', () => {
    expect(k6MetricUnit('http_req_duration{expected_response:true}')).toBe('ms');
    expect(k6MetricUnit('data_received')).toBe('bytes/s');
    expect(k6MetricUnit('vus_max')).toBe('count');
    expect(k6MetricUnit('my_custom_trend')).toBeNull();
  });
});

describe('the k6 bar’s words', () => {
  it('shows the bar only when the environment names a k6 output or API', () => {
    expect(selectHasK6(state(null))).toBe(false);
    expect(selectHasK6(state(noK6Status()))).toBe(false);
    const none = noK6Status();
    expect(selectHasK6(state({ ...none, api: { ...none.api, address: '127.0.0.1:6565' } }))).toBe(true);
    expect(selectHasK6(state({ ...none, output: { ...none.output, path: '/tmp/k6.json' } }))).toBe(true);
  });

  it('says what the output reader is doing in each state', () => {
    const { output } = k6Status();
    expect(outputWords({ ...output, state: 'waiting', points: 0 })).toBe('waiting for /tmp/k6.json');
    expect(outputWords(output)).toBe('reading /tmp/k6.json: 1,204 points');
    expect(outputWords({ ...output, state: 'ended', points: 1 })).toBe(
      'ended: 1 point read from /tmp/k6.json',
    );
    expect(outputWords(noK6Status().output)).toBe('no JSON output (k6 run --out json=FILE)');
  });

  it('counts malformed lines and restarts, and details the first malformed ones', () => {
    const output = {
      ...k6Status().output,
      malformed: 3,
      firstMalformed: [
        { line: 7, reason: 'not JSON' },
        { line: 9, reason: 'a Point without metric' },
      ],
      restarts: 2,
      problem: 'EACCES: permission denied',
    };
    expect(outputTroubles(output)).toEqual([
      '3 malformed lines',
      'read again from its start 2 times',
      'EACCES: permission denied',
    ]);
    expect(malformedDetails(output)).toBe('line 7: not JSON\nline 9: a Point without metric\nand 1 more');
    expect(outputTroubles(k6Status().output)).toEqual([]);
    expect(outputTroubles({ ...k6Status().output, restarts: 1 })).toEqual(['read again from its start once']);
  });

  it('says the API’s state, down with since when, why, and that it is retried', () => {
    const { api } = k6Status();
    expect(apiWords(api, clock)).toBe('API up at 127.0.0.1:6565');
    expect(apiWords({ ...api, state: 'connecting' }, clock)).toBe('connecting to 127.0.0.1:6565…');
    expect(
      apiWords({ ...api, state: 'down', since: T0 + 30_000, problem: 'connection refused' }, clock),
    ).toBe('API at 127.0.0.1:6565 down since T0+30s: connection refused; retrying');
    expect(apiWords(noK6Status().api, clock)).toBe('no REST API (k6 run --address=HOST:PORT)');
  });

  it('says the run as k6 labels it, paused, tainted, and its VUs', () => {
    expect(runWords(k6Run())).toEqual(['Running', 'VUs 40 / 50']);
    expect(runWords(k6Run({ label: 'Paused', paused: true, tainted: true, vus: 0 }))).toEqual([
      'Paused',
      'tainted: a threshold failed',
      'VUs 0 / 50',
    ]);
    expect(runWords(k6Run({ label: 'Running', paused: true }))).toEqual(['Running', 'paused', 'VUs 40 / 50']);
  });

  it('says what an imported summary gave and where it was journaled', () => {
    const imported = { name: 's.json', seq: 9, format: 'summary-export', metrics: 1, thresholdsFailed: 0 };
    expect(importedWords(imported)).toBe(
      'Imported s.json (summary-export): 1 metric, no threshold failed; journaled as event #9.',
    );
    expect(importedWords({ ...imported, metrics: 24, thresholdsFailed: 2 })).toMatch(
      /24 metrics, 2 thresholds failed;/,
    );
  });

  it('refuses a file before reading it when it cannot fit, and not when it might', () => {
    expect(summaryTooLargeMessage('big.json', { bytes: 9_000_001 })).toMatch(/^big\.json is 9\.0 MB;/);
    expect(summaryTooLargeMessage('ok.json', { bytes: 9_000_000 })).toBeNull();
    expect(summaryTooLargeMessage('ok.json', { chars: 3_000_000 })).toBeNull();
  });
});

describe('which k6 controls are enabled', () => {
  const enabled = (status: K6Status, role: 'operator' | 'viewer' | null = 'operator') =>
    Object.entries(k6ControlAvailability(status, role))
      .filter(([, why]) => why === null)
      .map(([name]) => name);

  it('offers pause to a running test, resume to a paused one, stop to either', () => {
    expect(enabled(k6Status())).toEqual(['pause', 'stop', 'scale', 'record', 'import']);
    const paused = k6Status({ api: { ...k6Status().api, run: k6Run({ paused: true }) } });
    expect(enabled(paused)).toEqual(['resume', 'stop', 'scale', 'record', 'import']);
    const ended = k6Status({ api: { ...k6Status().api, run: k6Run({ running: false, label: 'Ended' }) } });
    expect(enabled(ended)).toEqual(['scale', 'record', 'import']);
  });

  it('disables control while the API is down, saying so, and without an API at all', () => {
    const down = k6Status({ api: { ...k6Status().api, state: 'down' } });
    expect(k6ControlAvailability(down, 'operator').pause).toBe(
      'k6’s REST API at 127.0.0.1:6565 is not answering.',
    );
    const none = noK6Status();
    expect(k6ControlAvailability(none, 'operator').stop).toMatch(/without --address/);
    expect(k6ControlAvailability(none, 'operator').record).toMatch(/names no k6 JSON output/);
  });

  it('enables nothing for a viewer, nor before the console is introduced', () => {
    const viewer = k6ControlAvailability(k6Status(), 'viewer');
    expect(
      Object.values(viewer).every((why) => why === 'A read-only viewer can watch k6 but not control it.'),
    ).toBe(true);
    expect(enabled(k6Status(), null)).toEqual([]);
  });
});
