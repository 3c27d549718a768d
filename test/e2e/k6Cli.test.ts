import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { K6_SAMPLES } from '../support/k6Samples';
import { runCli } from './support/serveProcess';

/** A k6 output of 20 requests taking 10, 20 … 200 ms, with the threshold given. */
function k6Output(threshold: string): string {
  const metric = {
    type: 'Metric',
    metric: 'http_req_duration',
    data: {
      name: 'http_req_duration',
      type: 'trend',
      contains: 'time',
      thresholds: [threshold],
      submetrics: null,
    },
  };
  const points = Array.from({ length: 20 }, (_, index) => ({
    metric: 'http_req_duration',
    type: 'Point',
    data: {
      time: `2026-03-14T09:00:${String(index).padStart(2, '0')}.5+01:00`,
      value: (index + 1) * 10,
      tags: {},
    },
  }));
  return `${[metric, ...points].map((line) => JSON.stringify(line)).join('\n')}\n`;
}

describe('warroom k6 summarize', () => {
  const dir = mkdtempSync(join(tmpdir(), 'warroom-k6-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the values as handleSummary does with --json, and exits 0 when the thresholds hold', async () => {
    const file = join(dir, 'passing.ndjson');
    writeFileSync(file, k6Output('p(95)<300'));
    const { code, output } = await runCli(['k6', 'summarize', file, '--json']);
    expect(JSON.parse(output)).toEqual({
      metrics: {
        http_req_duration: {
          type: 'trend',
          contains: 'time',
          values: expect.objectContaining({ count: 20, min: 10, max: 200, avg: 105 }),
          thresholds: { 'p(95)<300': { ok: true } },
        },
      },
    });
    expect(code).toBe(0);
  });

  it('summarises each window with --window, as JSON and as a line per window', async () => {
    const file = join(dir, 'windows.ndjson');
    writeFileSync(file, k6Output('p(95)<300'));
    const json = await runCli(['k6', 'summarize', file, '--json', '--window', '5s']);
    expect(json.code).toBe(0);
    const { windows } = JSON.parse(json.output);
    // 20 points a second apart from 08:00:00.5 UTC: four windows of five.
    expect(windows.map((window: { start: string }) => window.start)).toEqual([
      '2026-03-14T08:00:00.000Z',
      '2026-03-14T08:00:05.000Z',
      '2026-03-14T08:00:10.000Z',
      '2026-03-14T08:00:15.000Z',
    ]);
    expect(windows[0]).toMatchObject({
      durationMs: 5000,
      metrics: {
        http_req_duration: {
          type: 'trend',
          values: expect.objectContaining({ count: 5, min: 10, max: 50, avg: 30 }),
        },
      },
    });
    const table = await runCli(['k6', 'summarize', file, '--window', '10s']);
    expect(table.code).toBe(0);
    expect(table.output).toMatch(/window \(UTC\) +p\(95\) +p\(99\)/);
    expect(table.output).toMatch(/08:00:00\.000 +9\d(\.\d+)?ms/);
    expect(table.output).toMatch(/08:00:10\.000 +19\d(\.\d+)?ms/);
  });

  it('refuses a --window that is not a duration, or one asked of a summary file', async () => {
    const file = join(dir, 'window-refused.ndjson');
    writeFileSync(file, k6Output('p(95)<300'));
    const bad = await runCli(['k6', 'summarize', file, '--window', 'soon']);
    expect(bad.code).toBe(2);
    expect(bad.output).toContain('--window takes a k6 duration such as 1s, got "soon"');
    const summary = await runCli([
      'k6',
      'summarize',
      `${K6_SAMPLES}/summary-export-legacy.json`,
      '--window',
      '1s',
    ]);
    expect(summary.code).toBe(2);
    expect(summary.output).toContain('--window needs a k6 --out json file');
  });

  it('exits 99, as k6 does, when a threshold failed, and shows it in the table', async () => {
    const file = join(dir, 'failing.ndjson');
    writeFileSync(file, `${k6Output('p(95)<150')}{"type":"Point","data":{"time":"2026-03`);
    const { code, output } = await runCli(['k6', 'summarize', file]);
    expect(output).toMatch(
      /http_req_duration {2}count=20 avg=105ms min=10ms med=10[4-6](\.\d+)?ms max=200ms/,
    );
    expect(output).toMatch(/ {2}✗ p\(95\)<150/);
    expect(output).toMatch(/skipped 1 malformed line\(s\): line 22: /);
    expect(output).toMatch(/1 threshold\(s\) failed/);
    expect(code).toBe(99);
  });

  it('exits 2 for a file that is not there, or is neither k6 output nor a k6 summary', async () => {
    expect(await runCli(['k6', 'summarize', join(dir, 'nothing.ndjson')])).toMatchObject({
      code: 2,
      output: expect.stringMatching(/there is no file/),
    });
    const notK6 = join(dir, 'not-k6.txt');
    writeFileSync(notK6, 'hello\nworld\n');
    expect(await runCli(['k6', 'summarize', notK6])).toMatchObject({
      code: 2,
      output: expect.stringMatching(
        /neither k6 --out json output nor a k6 summary: .*not-k6\.txt:1:1: not valid JSON/,
      ),
    });
  });

  it('reads a k6 summary file as it is, with the verdicts and exit code k6 gave', async () => {
    const legacy = await runCli(['k6', 'summarize', join(K6_SAMPLES, 'summary-export-legacy.json')]);
    expect(legacy.output).toMatch(/a k6 summary \(summary-export\), 4 metrics/);
    expect(legacy.output).toMatch(/ {2}✗ rate<100\n/);
    expect(legacy.output).toMatch(/2 threshold\(s\) failed/);
    expect(legacy.code).toBe(99);
    const data = await runCli([
      'k6',
      'summarize',
      join(K6_SAMPLES, 'handlesummary-data-unit.json'),
      '--json',
    ]);
    const { metrics } = JSON.parse(data.output) as {
      metrics: Record<string, { type: string; thresholds?: object }>;
    };
    expect(metrics.checks).toMatchObject({ type: 'rate', thresholds: { 'rate>70': { ok: true } } });
    expect(metrics.http_reqs).toMatchObject({ type: 'counter', thresholds: { 'rate<100': { ok: false } } });
    expect(data.code).toBe(99);
  });

  it('journals a result with import: an output summarised with its verdicts, or a summary file as k6 wrote it', async () => {
    const journal = ['--journal', join(dir, 'journal.sqlite')];
    const output = join(dir, 'imported.ndjson');
    writeFileSync(output, k6Output('p(95)<150'));
    const fromOutput = await runCli(['k6', 'import', output, '--as', 'ana', ...journal]);
    expect(fromOutput.code).toBe(0);
    expect(fromOutput.output).toContain('1 threshold(s) failed: journaled as event #');
    const fromSummary = await runCli([
      'k6',
      'import',
      `${K6_SAMPLES}/summary-export-legacy.json`,
      ...journal,
    ]);
    expect(fromSummary.code).toBe(0);
    const neither = join(dir, 'neither.json');
    writeFileSync(neither, '{"hello": 1}');
    const refused = await runCli(['k6', 'import', neither, ...journal]);
    expect(refused.code).toBe(2);

    const exported = await runCli(['journal', 'export', '--json', ...journal]);
    const summaries = JSON.parse(exported.output).events.filter(
      (event: { kind: string }) => event.kind === 'k6.summary',
    );
    expect(summaries).toHaveLength(2);
    expect(summaries[0]).toMatchObject({
      actor: 'ana',
      payload: {
        format: 'json-output',
        thresholdsFailed: 1,
        metrics: [
          {
            name: 'http_req_duration',
            values: expect.objectContaining({ count: 20, max: 200 }),
            thresholds: [{ expression: 'p(95)<150', ok: false, observed: expect.any(Number) }],
          },
        ],
      },
    });
    expect(summaries[1].payload.format).toBe('summary-export');
  });
});
