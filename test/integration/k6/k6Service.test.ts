import { readFileSync } from 'node:fs';
import { appendFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDay } from '../../../electron/host/journal/journalWrites';
import { K6Service } from '../../../electron/host/k6/k6Service';
import type { K6OutputLine } from '../../../electron/host/k6/output/k6OutputLine';
import { WorkspaceService } from '../../../electron/host/workspace/workspaceService';
import type { PanelData } from '../../../shared/dashboardTypes';
import type { K6Point } from '../../../shared/k6/k6Types';
import type { K6Status } from '../../../shared/k6StatusTypes';
import { k6OutputText } from '../../support/k6OutputGenerator';
import { type K6RestStandIn, startK6RestStandIn } from '../../support/k6RestStandIn';
import { K6_SAMPLES } from '../../support/k6Samples';
import { type ScratchJournal, scratchJournal } from '../../support/scratchJournal';

/** About 25 s of k6 time at the generator's pace: enough seconds for the charts, quick to read. */
const LINES = 16_000;

function workspaceYaml(output: string, address: string | null): string {
  return `
environments:
  load:
    k6:
      jsonOutput: ${output}
${address ? `      address: ${address}\n` : ''}      thresholds:
        http_req_duration: ['p(95)<100']
        'http_req_duration{scenario:checkout}': ['max<100000']
dashboard:
  title: k6
  rows:
    - title: k6
      panels:
        - { title: Requests, type: k6, metric: http_reqs }
        - { title: Latency, type: k6, metric: http_req_duration }
        - { title: Checks, type: k6, metric: checks }
`;
}

function points(expected: K6OutputLine[], metric: string): K6Point[] {
  return expected.flatMap((line) =>
    line.kind === 'point' && line.point.metric === metric ? [line.point] : [],
  );
}

/** The exact p(N) as k6 computes it: linear interpolation between the sorted samples. */
function exactPercentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.min(low + 1, sorted.length - 1);
  return (sorted[low] as number) + (rank - low) * ((sorted[high] as number) - (sorted[low] as number));
}

function setUp(name: string, address: () => string | null, output: string) {
  const state = {
    scratch: null as unknown as ScratchJournal,
    workspace: null as unknown as WorkspaceService,
    k6: null as unknown as K6Service,
    statuses: [] as K6Status[],
    data: [] as PanelData[],
  };
  beforeAll(async () => {
    state.scratch = scratchJournal();
    await state.scratch.journal.write(startDay({ name, environment: 'load', operators: ['ana'] }, 'ana'));
    await writeFile(join(state.scratch.dir, 'warroom.yaml'), workspaceYaml(output, address()));
    state.workspace = new WorkspaceService(state.scratch.dir);
    expect(state.workspace.state.problems).toEqual([]);
    state.k6 = new K6Service({
      workspace: state.workspace,
      journal: state.scratch.journal,
      onStatus: (status) => state.statuses.push(status),
      onData: (data) => state.data.push(data),
      onPanelsChanged: () => {},
    });
  });
  afterAll(async () => {
    await state.k6?.dispose();
    state.workspace?.dispose();
    await state.scratch?.dispose();
  });
  const journaled = (kind: string) => {
    const day = state.scratch.journal.currentDay();
    if (!day) return [];
    return state.scratch.journal.timeline(day.id, { kinds: [kind as never] }, 0, 100).events;
  };
  return { state, journaled };
}

describe('k6 followed live: a file k6 is writing, and its REST API', () => {
  const { text, expected } = k6OutputText(7, LINES);
  let standIn: K6RestStandIn;
  beforeAll(async () => {
    standIn = await startK6RestStandIn();
  });
  afterAll(async () => {
    await standIn?.close();
  });
  const { state, journaled } = setUp('k6 live', () => standIn.address, 'k6.json');

  it('reads the file as it grows, in chunks that split lines, into the k6 panels and thresholds', async () => {
    const path = join(state.scratch.dir, 'k6.json');
    let offset = 0;
    for (let chunk = 0; offset < text.length && chunk < 200; chunk++) {
      const size = 40_000 + ((chunk * 7919) % 30_000);
      await appendFile(path, text.slice(offset, offset + size));
      offset += size;
      await sleep(20);
    }
    expect(offset).toBeGreaterThanOrEqual(text.length);
    const requests = points(expected, 'http_reqs');
    await expect
      .poll(() => state.k6.status().output.points, { timeout: 15_000 })
      .toBe(expected.filter((line) => line.kind === 'point').length);

    const status = state.k6.status();
    expect(status.output).toMatchObject({ state: 'reading', malformed: 0, restarts: 0 });
    // The script's thresholds (from the Metric lines) and the workspace's, each judged once.
    const byKey = new Map(status.thresholds.map((threshold) => [threshold.key, threshold]));
    expect(byKey.get('http_req_duration: p(95)<500')?.origin).toBe('output');
    expect(byKey.get('http_req_duration: p(95)<100')?.origin).toBe('workspace');
    expect(byKey.get('http_req_duration{scenario:checkout}: max<100000')?.origin).toBe('workspace');

    await expect
      .poll(
        () => state.k6.status().thresholds.find((t) => t.key === 'http_req_duration: p(95)<100')?.verdict,
        {
          timeout: 5_000,
        },
      )
      .toBe('failed');
    const durations = points(expected, 'http_req_duration').map((point) => point.value);
    const p95 = exactPercentile(durations, 95);
    const failed = state.k6.status().thresholds.find((t) => t.key === 'http_req_duration: p(95)<100');
    expect(Math.abs((failed?.observed ?? 0) - p95) / p95).toBeLessThan(0.01);
    expect(failed?.line).toBe(100);

    // The requests panel: one point a second, each second's requests; all seconds but the last two are in.
    const panel = state.k6.live().find((one) => one.panelId === 'requests');
    const series = panel?.series[0];
    expect(series?.name).toBe('requests/s');
    const charted = series?.times.length ?? 0;
    expect(charted).toBeGreaterThan(10);
    const firstSecond = Math.floor((requests[0] as K6Point).timeMs / 1000);
    for (let index = 0; index < charted; index++) {
      const second = firstSecond + index;
      expect(series?.times[index]).toBe(second);
      const inSecond = requests.filter((point) => Math.floor(point.timeMs / 1000) === second).length;
      expect(series?.values[index]).toBe(inSecond);
    }
    // The checks panel's status carries the checks threshold; the requests panel none.
    const statuses = state.k6.panelStatuses();
    const latency = statuses.find((one) => one.panelId === 'latency');
    expect(latency?.state).toBe('breached');
    expect(latency?.k6Thresholds?.map((t) => t.expression)).toContain('p(95)<100');
    expect(statuses.find((one) => one.panelId === 'requests')?.k6Thresholds).toEqual([]);
  });

  it('journals a threshold failure once, with its key and the value judged', async () => {
    await sleep(2_500);
    const failures = journaled('k6.threshold.failed').filter((event) =>
      event.subject.includes('http_req_duration: p(95)<100'),
    );
    expect(failures).toHaveLength(1);
    expect(failures[0]?.payload).toMatchObject({ verdict: 'failed', origin: 'workspace' });
  });

  it('shows the run from the API, and stops it only as asked, journaling who did', async () => {
    await expect.poll(() => state.k6.status().api.state, { timeout: 5_000 }).toBe('up');
    expect(state.k6.status().api.run).toMatchObject({ label: 'Running', paused: false, vus: 1, vusMax: 1 });
    // k6's own figures, read every 5 s, as its API lists them.
    const listed = JSON.parse(readFileSync(`${K6_SAMPLES}/rest-v1-metrics-list.json`, 'utf8')).data;
    await expect.poll(() => state.k6.status().api.metrics.length, { timeout: 8_000 }).toBe(listed.length);
    const [first] = state.k6.status().api.metrics;
    expect(first).toEqual({
      name: listed[0].id,
      type: listed[0].attributes.type,
      contains: listed[0].attributes.contains,
      tainted: listed[0].attributes.tainted,
      values: listed[0].attributes.sample,
    });
    await state.k6.control('pause', 'ana');
    expect(state.k6.status().api.run?.paused).toBe(true);
    await state.k6.control('stop', 'ana');
    expect(standIn.patches).toHaveLength(2);
    const controls = journaled('k6.control');
    expect(controls.map((event) => [event.actor, event.payload.action])).toEqual([
      ['ana', 'pause'],
      ['ana', 'stop'],
    ]);
    // k6 winds the run down: the reading ends, judges the thresholds as k6's end does, and journals
    // the summary by itself, once.
    await expect.poll(() => state.k6.status().output.state, { timeout: 5_000 }).toBe('ended');
    await expect.poll(() => journaled('k6.summary').length, { timeout: 5_000 }).toBe(1);
    await sleep(1_500);
    const [summary] = journaled('k6.summary');
    expect(journaled('k6.summary')).toHaveLength(1);
    expect(summary?.actor).toBe('warroom');
    expect(summary?.payload.thresholdsFailed).toBe(
      state.k6.status().thresholds.filter((threshold) => threshold.verdict === 'failed').length,
    );
  });

  it('shows the API unreachable once it goes, and journals that once', async () => {
    await standIn.close();
    await expect.poll(() => state.k6.status().api.state, { timeout: 5_000 }).toBe('down');
    expect(state.k6.status().api.problem).toMatch(/127\.0\.0\.1/);
    // Retried meanwhile (with back-off), journaled only once.
    await sleep(3_500);
    expect(journaled('k6.unreachable')).toHaveLength(1);
    // The bar keeps what was last known of the run, greyed.
    expect(state.k6.status().api.run?.label).toBe('Interrupted');
  });

  it('journals the summary when asked, with the thresholds as they stand', async () => {
    const seq = await state.k6.recordSummary('ana');
    const summary = journaled('k6.summary').find((event) => event.seq === seq);
    expect(summary?.actor).toBe('ana');
    expect(summary?.payload).toMatchObject({ format: 'json-output' });
    const metrics = (summary?.payload.metrics ?? []) as { name: string; values: Record<string, number> }[];
    const requests = metrics.find((metric) => metric.name === 'http_reqs');
    expect(requests?.values.count).toBe(points(expected, 'http_reqs').length);
  });
  it('journals a summary file k6 wrote, and refuses one that is not, saying where', async () => {
    const text = readFileSync(`${K6_SAMPLES}/handlesummary-data-unit.json`, 'utf8');
    const imported = await state.k6.importSummary('handle-summary.json', text, 'bo');
    expect(imported.format).toBe('handle-summary');
    const event = journaled('k6.summary').find((one) => one.seq === imported.seq);
    expect(event?.actor).toBe('bo');
    expect(event?.payload.source).toBe('handle-summary.json');
    await expect(state.k6.importSummary('broken.json', '{"metrics": {', 'bo')).rejects.toThrow(
      /^broken\.json:1:/,
    );
  });
});

describe('k6 replayed: a .gz output read to its end', () => {
  const { text, expected } = k6OutputText(11, LINES);
  const { state, journaled } = setUp('k6 replay', () => null, 'k6.json.gz');

  beforeAll(async () => {
    // Written after the service started: it waits for the file, then reads it once.
    await sleep(300);
    expect(state.k6.status().output.state).toBe('waiting');
    await writeFile(join(state.scratch.dir, 'k6.json.gz'), gzipSync(text));
  });

  it('reads it once, judges the thresholds as at the end of the test, and journals the summary', async () => {
    await expect.poll(() => state.k6.status().output.state, { timeout: 15_000 }).toBe('ended');
    await expect.poll(() => journaled('k6.summary').length, { timeout: 5_000 }).toBe(1);
    const checks = points(expected, 'checks');
    const passRate = checks.filter((point) => point.value !== 0).length / checks.length;
    const checksThreshold = state.k6.status().thresholds.find((t) => t.key === 'checks: rate>0.95');
    expect(checksThreshold?.verdict).toBe(passRate > 0.95 ? 'ok' : 'failed');
    const failedCount = state.k6.status().thresholds.filter((t) => t.verdict === 'failed').length;
    const [summary] = journaled('k6.summary');
    expect(summary?.payload.thresholdsFailed).toBe(failedCount);
    expect(summary?.actor).toBe('warroom');
    // Every second charted once the replay has ended: the requests add up to the whole test's.
    const series = state.k6.live().find((one) => one.panelId === 'requests')?.series[0];
    const total = (series?.values ?? []).reduce<number>((sum, value) => sum + (value ?? 0), 0);
    expect(total).toBe(points(expected, 'http_reqs').length);
    expect(state.data.length).toBeGreaterThan(0);
  });
});
