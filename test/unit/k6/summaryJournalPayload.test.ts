import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { journalSummaryPayload } from '../../../electron/host/k6/summary/journalSummaryPayload';
import { importK6Summary } from '../../../electron/host/k6/summary/k6SummaryImport';
import type { K6ImportedMetric, K6ImportedSummary } from '../../../electron/host/k6/summary/k6SummaryTypes';
import { K6_SAMPLES } from '../../support/k6Samples';

const REAL_SAMPLES = K6_SAMPLES;

function imported(path: string): K6ImportedSummary {
  const result = importK6Summary(readFileSync(path, 'utf8'), path);
  if (!result.ok) throw new Error(result.problem.message);
  return result.summary;
}

function metric(thresholds: K6ImportedMetric['thresholds'] = []): K6ImportedMetric {
  return { type: 'trend', contains: 'time', values: { avg: 1, 'p(95)': 2 }, thresholds };
}

describe('the k6.summary journal payload', () => {
  it('carries the real legacy sample with each threshold’s observed value, failing metrics first', () => {
    const payload = journalSummaryPayload(
      imported(`${REAL_SAMPLES}/summary-export-legacy.json`),
      'out/summary.json',
    );
    expect(payload).toMatchObject({
      source: 'out/summary.json',
      format: 'summary-export',
      testDurationMs: null,
      testPassed: null,
      thresholdsFailed: 2,
      metricsOmitted: 0,
      checksOmitted: 0,
    });
    expect(payload.metrics.map((entry) => entry.name)).toEqual(['http_reqs', 'my_trend', 'checks', 'vus']);
    expect(payload.metrics[0]?.thresholds).toEqual([{ expression: 'rate<100', ok: false, observed: 3 }]);
    // `my_trend<1000` is not an expression k6 accepts: no observed value to name.
    expect(payload.metrics[1]?.thresholds).toEqual([
      { expression: 'my_trend<1000', ok: false, observed: null },
    ]);
    expect(payload.metrics[2]?.thresholds).toEqual([{ expression: 'rate>70', ok: true, observed: 0.75 }]);
    expect(payload.checks.map((check) => check.path)).toEqual([
      '::child::check2',
      '::child::check3',
      '::child::check1',
    ]);
  });

  it('survives a JSON round trip unchanged', () => {
    const payload = journalSummaryPayload(imported(`${REAL_SAMPLES}/handlesummary-data-unit.json`), 'a.json');
    expect(JSON.parse(JSON.stringify(payload))).toEqual(payload);
  });

  it('caps metrics, checks, values, thresholds and long names, counting what it left out', () => {
    const metrics: Record<string, K6ImportedMetric> = {};
    for (let index = 0; index < 250; index += 1)
      metrics[`custom_${String(index).padStart(3, '0')}`] = metric();
    metrics['zz_failing{scenario:checkout}'] = metric([{ expression: 'p(95)<1', ok: false }]);
    const manyValues: Record<string, number> = {};
    for (let percentile = 1; percentile <= 40; percentile += 1) manyValues[`p(${percentile})`] = percentile;
    metrics.zz_many = {
      type: 'trend',
      contains: 'time',
      values: manyValues,
      thresholds: Array.from({ length: 30 }, (_, index) => ({ expression: `p(${index + 1})<100`, ok: true })),
    };
    const longName = `custom_${'x'.repeat(5000)}`;
    metrics[longName] = metric();
    const checks = Array.from({ length: 500 }, (_, index) => ({
      path: `::check ${index}`,
      passes: 1,
      fails: index === 499 ? 1 : 0,
    }));
    const summary: K6ImportedSummary = {
      format: 'handle-summary',
      metrics,
      checks,
      testDurationMs: 1,
      thresholdsFailed: 1,
      testPassed: null,
    };

    const payload = journalSummaryPayload(summary, 's.json');

    expect(payload.metrics).toHaveLength(100);
    expect(payload.metricsOmitted).toBe(153);
    expect(payload.metrics[0]).toMatchObject({
      name: 'zz_failing{scenario:checkout}',
      thresholds: [{ expression: 'p(95)<1', ok: false, observed: 2 }],
    });
    const many = payload.metrics[1];
    expect(many?.name).toBe('zz_many');
    expect(Object.keys(many?.values ?? {})).toHaveLength(24);
    expect(many?.valuesOmitted).toBe(16);
    expect(many?.thresholds).toHaveLength(16);
    expect(many?.thresholdsOmitted).toBe(14);
    expect(many?.thresholds[2]).toEqual({ expression: 'p(3)<100', ok: true, observed: 3 });
    expect(payload.checks).toHaveLength(100);
    expect(payload.checksOmitted).toBe(400);
    expect(payload.checks[0]).toEqual({ path: '::check 499', passes: 1, fails: 1 });
    expect(JSON.stringify(payload).length).toBeLessThan(64 * 1024);

    const withLongName = journalSummaryPayload({ ...summary, metrics: { [longName]: metric() } }, 's.json');
    expect(withLongName.metrics[0]?.name).toHaveLength(200);
    expect(withLongName.metrics[0]?.name.endsWith('…')).toBe(true);
  });
});
