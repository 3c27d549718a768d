import { describe, expect, it } from 'vitest';
import {
  type ThresholdChange,
  ThresholdTracker,
} from '../../../electron/host/k6/thresholds/thresholdTracker';
import type { K6MetricType, K6ThresholdSource } from '../../../shared/k6/k6Types';
import { readThresholdSpec } from '../../../shared/k6/thresholdSpec';

const TEST_START_MS = 1_000_000;

function trackerWith(metricKey: string, type: K6MetricType, sources: K6ThresholdSource[]) {
  const changes: ThresholdChange[] = [];
  const tracker = new ThresholdTracker(TEST_START_MS, (change) => changes.push(change));
  tracker.define(
    type,
    sources.map((source) => readThresholdSpec(metricKey, type, source)),
  );
  return { tracker, changes };
}

function at(secondsIntoTest: number): number {
  return TEST_START_MS + secondsIntoTest * 1000;
}

describe('live threshold state', () => {
  it('starts ok at the test start and reports ok→failed→ok once each, with since', () => {
    const { tracker, changes } = trackerWith('http_req_duration{expected_response:true}', 'trend', [
      'p(95)<300',
    ]);
    const key = 'http_req_duration{expected_response:true}';
    expect(tracker.states()).toEqual([
      {
        key: `${key}: p(95)<300`,
        metricKey: key,
        source: 'p(95)<300',
        verdict: 'ok',
        sinceMs: TEST_START_MS,
        wouldAbort: false,
      },
    ]);
    tracker.observe(key, { values: { 'p(95)': 250 } }, at(2), 'running');
    expect(changes).toEqual([]);
    tracker.observe(key, { values: { 'p(95)': 350 } }, at(4), 'running');
    tracker.observe(key, { values: { 'p(95)': 360 } }, at(6), 'running');
    tracker.observe(key, { values: { 'p(95)': 200 } }, at(8), 'running');
    tracker.observe(key, { values: { 'p(95)': 210 } }, at(10), 'running');
    expect(changes.map((c) => [c.previousVerdict, c.state.verdict, c.state.sinceMs])).toEqual([
      ['ok', 'failed', at(4)],
      ['failed', 'ok', at(8)],
    ]);
    expect(tracker.states()[0]).toMatchObject({ verdict: 'ok', sinceMs: at(8) });
  });

  it('keeps each threshold of a metric apart and ignores other metrics', () => {
    const { tracker, changes } = trackerWith('http_reqs', 'counter', ['count>100', 'rate<50', 'rate<50']);
    tracker.observe('http_reqs', { values: { count: 10, rate: 60 } }, at(2), 'running');
    tracker.observe('iterations', { values: { count: 0, rate: 0 } }, at(2), 'running');
    expect(changes.map((c) => c.state.key)).toEqual(['http_reqs: count>100', 'http_reqs: rate<50']);
    expect(tracker.states()).toHaveLength(2);
  });

  it('leaves a metric without samples alone during the test and judges it as k6 does at the end', () => {
    const { tracker, changes } = trackerWith('errors', 'counter', ['count>0']);
    tracker.observe('errors', null, at(2), 'running');
    expect(changes).toEqual([]);
    tracker.observe('errors', null, at(30), 'final');
    expect(changes.map((c) => [c.state.verdict, c.state.sinceMs])).toEqual([['failed', at(30)]]);
  });

  it('keeps a rate without samples ok even at the end (k6 #2520)', () => {
    const { tracker, changes } = trackerWith('rate{type:read}', 'rate', [
      { threshold: 'rate>0.9', abortOnFail: true },
    ]);
    tracker.observe('rate{type:read}', null, at(30), 'final');
    expect(changes).toEqual([]);
  });
});

describe('abortOnFail, reported rather than acted on', () => {
  it('marks would-abort only once the test has run strictly longer than delayAbortEval, and keeps it', () => {
    const { tracker, changes } = trackerWith('http_req_failed', 'rate', [
      { threshold: 'rate<0.01', abortOnFail: true, delayAbortEval: '10s' },
    ]);
    const failing = { values: { rate: 0.5 } };
    tracker.observe('http_req_failed', failing, at(5), 'running');
    tracker.observe('http_req_failed', failing, at(10), 'running');
    tracker.observe('http_req_failed', failing, at(10.001), 'running');
    tracker.observe('http_req_failed', failing, at(12), 'running');
    tracker.observe('http_req_failed', { values: { rate: 0 } }, at(14), 'running');
    expect(changes.map((c) => [c.state.verdict, c.state.sinceMs, c.state.wouldAbort])).toEqual([
      ['failed', at(5), false],
      ['failed', at(5), true],
      ['ok', at(14), true],
    ]);
  });

  it('without delayAbortEval, marks would-abort at the first failure', () => {
    const { tracker, changes } = trackerWith('checks', 'rate', [
      { threshold: 'rate>0.9', abortOnFail: true },
    ]);
    tracker.observe('checks', { values: { rate: 0.5 } }, at(2), 'running');
    expect(changes.map((c) => c.state.wouldAbort)).toEqual([true]);
  });

  it('never marks it for a threshold without abortOnFail, nor at the end-of-test check', () => {
    const plain = trackerWith('checks', 'rate', [{ threshold: 'rate>0.9', delayAbortEval: '1s' }]);
    plain.tracker.observe('checks', { values: { rate: 0.5 } }, at(20), 'running');
    const ending = trackerWith('checks', 'rate', [{ threshold: 'rate>0.9', abortOnFail: true }]);
    ending.tracker.observe('checks', { values: { rate: 0.5 } }, at(20), 'final');
    expect([...plain.changes, ...ending.changes].map((c) => [c.state.verdict, c.state.wouldAbort])).toEqual([
      ['failed', false],
      ['failed', false],
    ]);
  });
});
