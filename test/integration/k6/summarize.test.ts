import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { summarizeK6Output } from '../../../electron/host/k6/summarize/summarizeK6Output';
import { k6OutputText } from '../../support/k6OutputGenerator';
import { K6_SAMPLES } from '../../support/k6Samples';
import { exactQuantile } from '../../unit/k6/aggregateExact';

const SAMPLE = join(K6_SAMPLES, 'k6-out-json-unit-expected.ndjson');
const LINES = 40_000;

/** Every value of a metric's points, read with nothing but JSON.parse. */
function pointsByMetric(text: string): Map<string, { type: string; values: number[] }> {
  const metrics = new Map<string, { type: string; values: number[] }>();
  for (const line of text.split('\n')) {
    if (!line) continue;
    const parsed = JSON.parse(line) as {
      type: string;
      metric: string;
      data: { type?: string; value?: number };
    };
    if (parsed.type === 'Metric')
      metrics.set(parsed.metric, { type: parsed.data.type as string, values: [] });
    else metrics.get(parsed.metric)?.values.push(parsed.data.value as number);
  }
  return metrics;
}

describe('summarising a k6 output file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'warroom-k6-summary-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('gives the real sample its metrics, and says why a gauge cannot have its rate thresholds', async () => {
    const summary = await summarizeK6Output(SAMPLE);
    expect(summary.counts).toMatchObject({ metrics: 2, points: 5, malformed: 0 });
    expect(summary.metrics.my_metric1?.values).toEqual({ value: 4, min: 1, max: 4 });
    expect(summary.metrics.my_metric2?.values).toEqual({ count: 8, rate: 0.4 });
    expect(summary.thresholdProblems).toEqual([
      expect.stringMatching(/^my_metric1: rate<0\.01: .*a gauge metric has no "rate"/),
      expect.stringMatching(/^my_metric1: p\(99\)<250: .*a gauge metric has no "p\(N\)"/),
    ]);
  });

  it('matches values computed independently on a generated test: counts exact, percentiles within 1 %', async () => {
    const { text } = k6OutputText(7, LINES);
    const file = join(dir, 'out.ndjson');
    writeFileSync(file, `${text}\n`);
    const summary = await summarizeK6Output(file);
    const exact = pointsByMetric(text);
    expect(summary.counts.points).toBe(
      [...exact.values()].reduce((sum, metric) => sum + metric.values.length, 0),
    );
    for (const [name, metric] of exact) {
      const values = summary.metrics[name]?.values ?? {};
      if (metric.type === 'counter') {
        expect(values.count).toBeCloseTo(
          metric.values.reduce((sum, value) => sum + value, 0),
          6,
        );
      } else if (metric.type === 'rate') {
        const passes = metric.values.filter((value) => value !== 0).length;
        expect([values.passes, values.fails]).toEqual([passes, metric.values.length - passes]);
      } else if (metric.type === 'trend' && metric.values.length > 0) {
        const sorted = [...metric.values].sort((a, b) => a - b);
        expect(values.count).toBe(sorted.length);
        expect(values.min).toBe(sorted[0]);
        expect(values.max).toBe(sorted.at(-1));
        for (const [key, q] of [
          ['med', 0.5],
          ['p(90)', 0.9],
          ['p(95)', 0.95],
          ['p(99)', 0.99],
        ] as const) {
          const truth = exactQuantile(sorted, q);
          const error = Math.abs((values[key] as number) - truth);
          expect(error, `${name} ${key}`).toBeLessThanOrEqual(0.01 * Math.abs(truth));
        }
      }
    }
    const judged = Object.values(summary.metrics).flatMap((metric) => Object.keys(metric.thresholds ?? {}));
    expect(judged).toEqual(expect.arrayContaining(['p(95)<500', 'p(99)<1500', 'rate<0.01', 'rate>0.95']));
  });

  it('reads a .gz file as the plain one, and counts a truncated last line as malformed without stopping', async () => {
    const { text } = k6OutputText(11, 2_000);
    const plain = join(dir, 'plain.ndjson');
    const gzipped = join(dir, 'out.ndjson.gz');
    const lines = text.trimEnd().split('\n');
    const cut = `${lines.join('\n')}\n${lines[5]?.slice(0, 40)}`;
    writeFileSync(plain, cut);
    writeFileSync(gzipped, gzipSync(cut));
    const [fromPlain, fromGzip] = await Promise.all([summarizeK6Output(plain), summarizeK6Output(gzipped)]);
    expect(fromGzip.metrics).toEqual(fromPlain.metrics);
    expect(fromPlain.counts.malformed).toBe(1);
    expect(fromPlain.counts.firstMalformed[0]?.lineNumber).toBe(lines.length + 1);
  });
});
