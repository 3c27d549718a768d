import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateThreshold } from '../../../electron/host/k6/thresholds/evaluateThreshold';
import type { K6MetricType } from '../../../shared/k6/k6Types';
import { parseSubmetricKey } from '../../../shared/k6/submetricKey';
import { parseThresholdExpression } from '../../../shared/k6/thresholdExpression';
import { readThresholdSpec } from '../../../shared/k6/thresholdSpec';
import { K6_SAMPLES } from '../../support/k6Samples';

const FIXTURES = K6_SAMPLES;

function fixture(name: string): string {
  return readFileSync(`${FIXTURES}/${name}`, 'utf8');
}

interface SummaryMetric {
  type: K6MetricType;
  values: Record<string, number>;
  thresholds?: Record<string, { ok: boolean }>;
}

describe("the thresholds of k6's --out json Metric lines", () => {
  const metricLines = fixture('k6-out-json-unit-expected.ndjson')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line))
    .filter((line) => line.type === 'Metric');

  it('parses every expression, and refuses the ones k6 would refuse for the metric type', () => {
    const gauge = metricLines.find((line) => line.data.name === 'my_metric1').data;
    expect(gauge.type).toBe('gauge');
    expect(gauge.thresholds.map((source: string) => parseThresholdExpression(source).valueKey)).toEqual([
      'rate',
      'p(99)',
    ]);
    // k6 would stop at start with "unsupported aggregation method" for both on a gauge.
    expect(() => readThresholdSpec(gauge.name, gauge.type, gauge.thresholds[0])).toThrow(
      'column 1: a gauge metric has no "rate"; expected one of value',
    );
    expect(() => readThresholdSpec(gauge.name, gauge.type, gauge.thresholds[1])).toThrow(
      'column 1: a gauge metric has no "p(N)"; expected one of value',
    );
    const counter = metricLines.find((line) => line.data.name === 'my_metric2').data;
    expect(counter.thresholds).toEqual([]);
  });

  it('reads the submetric names the same way k6 wrote their tags and suffix', () => {
    const [submetric] = metricLines.find((line) => line.data.name === 'my_metric1').data.submetrics;
    expect(parseSubmetricKey(submetric.name)).toEqual({
      key: submetric.name,
      metric: 'my_metric1',
      tags: submetric.tags,
      suffix: submetric.suffix,
    });
  });
});

describe("k6's summaries: our verdicts against the recorded ones", () => {
  const handleSummary = JSON.parse(fixture('handlesummary-data-unit.json')).metrics as Record<
    string,
    SummaryMetric
  >;
  const legacy = JSON.parse(fixture('summary-export-legacy.json')).metrics as Record<
    string,
    { thresholds?: Record<string, boolean> }
  >;

  it('finds the two files agree: legacy `true` (failed) is handleSummary `ok: false`', () => {
    for (const [name, metric] of Object.entries(handleSummary)) {
      for (const [source, { ok }] of Object.entries(metric.thresholds ?? {})) {
        expect(legacy[name]?.thresholds?.[source]).toBe(!ok);
      }
    }
  });

  // Those verdicts were set by hand in k6's summary_test.go (LastFailed), not evaluated, so k6's
  // own evaluator disagrees with them: 0.75 > 70 is false, 3 < 100 is true.
  it.each([
    ['checks', 'rate>70', true, 'failed'],
    ['http_reqs', 'rate<100', false, 'ok'],
  ])('%s %s: recorded ok=%s, judged on the file values → %s', (name, source, recordedOk, expected) => {
    const metric = handleSummary[name];
    expect(metric?.thresholds?.[source]?.ok).toBe(recordedOk);
    const spec = readThresholdSpec(name, metric?.type ?? 'rate', source);
    expect(evaluateThreshold(spec.expression, { values: metric?.values ?? {} })).toBe(expected);
  });

  it('refuses "my_trend<1000" as k6 would at start: "my_trend" is no aggregation', () => {
    expect(handleSummary.my_trend?.thresholds?.['my_trend<1000']?.ok).toBe(false);
    expect(() => readThresholdSpec('my_trend', 'trend', 'my_trend<1000')).toThrow(
      'column 1: expected an aggregation (value, count, rate, avg, min, med, max or p(N)), got "my_trend"',
    );
  });

  it('judges percentile thresholds on the summary values k6 wrote for my_trend', () => {
    const values = handleSummary.my_trend?.values ?? {};
    const judge = (source: string) => evaluateThreshold(parseThresholdExpression(source), { values });
    expect([
      judge('p(90)<=19'),
      judge('p(95)<19.5'),
      judge('p(99)<20'),
      judge('med==15'),
      judge('max>20'),
    ]).toEqual(['ok', 'failed', 'ok', 'ok', 'failed']);
  });
});
