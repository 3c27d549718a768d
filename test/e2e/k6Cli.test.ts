import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
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

  it('exits 2 for a file that is not there or holds no k6 output', async () => {
    expect(await runCli(['k6', 'summarize', join(dir, 'nothing.ndjson')])).toMatchObject({
      code: 2,
      output: expect.stringMatching(/there is no file/),
    });
    const notK6 = join(dir, 'not-k6.txt');
    writeFileSync(notK6, 'hello\nworld\n');
    expect(await runCli(['k6', 'summarize', notK6])).toMatchObject({
      code: 2,
      output: expect.stringMatching(/holds no k6 output lines \(2 malformed\)/),
    });
  });
});
