import { setTimeout as delay } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PrometheusClient } from '../../../electron/host/metrics/prometheus/prometheusClient';
import { ContinuousProbe } from '../../../electron/host/runbooks/probes/continuousProbe';
import { type ProbeDeps, runProbe } from '../../../electron/host/runbooks/probes/runProbe';
import {
  type ManagedPrometheus,
  startManagedPrometheus,
} from '../../../electron/host/sandbox/prometheus/managedPrometheus';
import { until } from '../metrics/sandboxPrometheus';
import { closedPort, type GaugeExporter, startGaugeExporter } from './probeServers';
import { preciseNow, probeStep, promqlProbe } from './probeSteps';

/** The managed Prometheus scrapes every second: a change shows in queries within one scrape and a bit. */
const SCRAPE_MS = 1000;
/** Timer, scrape and event-loop slack on a busy two-core machine. */
const SLACK_MS = 300;

describe('runProbe and ContinuousProbe, promql, against a real Prometheus scraping a real exporter', () => {
  let exporter: GaugeExporter;
  let prometheus: ManagedPrometheus;
  let client: PrometheusClient;

  /** Sets gauges and waits until Prometheus answers with the new values. */
  async function setGauges(values: Record<string, number>): Promise<void> {
    for (const [series, value] of Object.entries(values)) exporter.values.set(series, value);
    for (const [series, value] of Object.entries(values)) {
      const query = Number.isNaN(value)
        ? `probe_gauge{series="${series}"} != probe_gauge{series="${series}"}`
        : `probe_gauge{series="${series}"} == ${value}`;
      await until(`Prometheus sees ${series} = ${value}`, 5000, async () => {
        const { data } = await client.query(query);
        return data.resultType === 'vector' && data.result.length === 1;
      });
    }
  }

  function deps(observations: { at: number; seen: string }[] = []): ProbeDeps {
    return {
      now: preciseNow,
      prometheus: client,
      onCheck: (seen) => observations.push({ at: preciseNow(), seen }),
    };
  }

  beforeAll(async () => {
    exporter = await startGaugeExporter();
    prometheus = await startManagedPrometheus({
      port: 0,
      targets: [{ job: 'probe', address: exporter.address }],
      rehearsalFactor: 60,
    });
    client = new PrometheusClient({ baseUrl: prometheus.url, timeoutMs: 5000, auth: null });
    // Prometheus's first scrape of a new target can take a few seconds after it is ready.
    await until('Prometheus scrapes the exporter', 20_000, async () => {
      const { data } = await client.query('up{job="probe"} == 1');
      return data.resultType === 'vector' && data.result.length === 1;
    });
  });
  afterAll(async () => {
    await prometheus?.stop();
    await exporter?.close();
  });

  it('passes at its first check when every series meets the comparator', async () => {
    await setGauges({ met: 0.01 });
    const step = probeStep(promqlProbe('probe_gauge{series="met"}', '<', 0.05), { name: 'error-rate' });
    const outcome = await runProbe(step, deps());
    expect(outcome).toMatchObject({
      passed: true,
      checks: 1,
      lastObservation: '1 series: 0.01, expected < 0.05',
    });
    expect(outcome.message).toMatch(
      /^probe error-rate was met after \d+ms: 1 series: 0.01, expected < 0.05$/,
    );
  }, 15_000);

  it('fails at its deadline, not before, when never met', async () => {
    await setGauges({ high: 0.31 });
    const step = probeStep(promqlProbe('probe_gauge{series="high"}', '<', 0.05), {
      name: 'error-rate',
      withinMs: 1000,
      intervalMs: 200,
    });
    const started = performance.now();
    const outcome = await runProbe(step, deps());
    const elapsed = performance.now() - started;
    console.log(
      `promql deadline 1000 ms, failed at ${Math.round(elapsed)} ms after ${outcome.checks} checks`,
    );
    // Under load the last check, given what is left of the deadline, may get no answer: that is said after.
    expect(outcome.message).toMatch(
      /^probe error-rate missed its 1s deadline: 1 series: 0.31, expected < 0.05/,
    );
    expect(elapsed).toBeGreaterThanOrEqual(1000);
    expect(elapsed).toBeLessThanOrEqual(1000 + 200 + 300);
  }, 15_000);

  it('says what several series, NaN, no series and a scalar came to', async () => {
    await setGauges({ low: 0.01, mid: 0.12, nan: Number.NaN });
    const single = async (query: string, comparator: '<' | '>' | '==' | '!=', value: number) =>
      (await runProbe(probeStep(promqlProbe(query, comparator, value), { withinMs: 0 }), deps()))
        .lastObservation;
    const both = 'probe_gauge{series=~"low|mid"}';
    expect(await single(both, '<', 0.05)).toBe('2 series: max 0.12, expected < 0.05');
    expect(await single(both, '>', 0.005)).toBe('2 series: min 0.01, expected > 0.005');
    expect(await single(both, '==', 0.01)).toBe('2 series: 1 differs, e.g. 0.12, expected == 0.01');
    expect(await single(both, '!=', 0.5)).toBe('2 series: none is 0.5, expected != 0.5');
    expect(await single('probe_gauge{series="low"}', '==', 0.01)).toBe('1 series: 0.01, expected == 0.01');
    expect(await single('probe_gauge{series="low"}', '!=', 0.01)).toBe('1 series: 0.01, expected != 0.01');
    expect(await single('probe_gauge{series="nan"}', '<', 1)).toBe('1 series: NaN, expected < 1');
    expect(await single('probe_gauge{series=~"low|nan"}', '<', 1)).toBe('2 series: 1 is NaN, expected < 1');
    expect(await single('probe_gauge{series="none"}', '<', 1)).toBe('no series');
    expect(await single('scalar(probe_gauge{series="low"})', '<', 0.05)).toBe('scalar 0.01, expected < 0.05');

    const passes = (query: string, comparator: '<' | '==' | '!=', value: number) =>
      runProbe(probeStep(promqlProbe(query, comparator, value), { withinMs: 0 }), deps()).then(
        (o) => o.passed,
      );
    expect(await passes(both, '<', 0.5)).toBe(true);
    expect(await passes(both, '<', 0.05)).toBe(false);
    expect(await passes('probe_gauge{series="low"}', '==', 0.01)).toBe(true);
    expect(await passes('probe_gauge{series="low"}', '!=', 0.01)).toBe(false);
    expect(await passes('probe_gauge{series="nan"}', '!=', 0)).toBe(false);
    expect(await passes('probe_gauge{series="none"}', '<', 1)).toBe(false);
  }, 20_000);

  it('with `for`, passes only once the condition has held that long', async () => {
    await setGauges({ steady: 0.01 });
    const step = probeStep(promqlProbe('probe_gauge{series="steady"}', '<', 0.05, 1000), {
      withinMs: 5000,
      intervalMs: 200,
    });
    const observations: { at: number; seen: string }[] = [];
    const started = performance.now();
    const outcome = await runProbe(step, deps(observations));
    const elapsed = performance.now() - started;
    console.log(
      `for 1000 ms at 200 ms checks: passed at ${Math.round(elapsed)} ms after ${outcome.checks} checks`,
    );
    expect(outcome.passed).toBe(true);
    expect(elapsed).toBeGreaterThanOrEqual(1000);
    expect(elapsed).toBeLessThanOrEqual(1000 + 200 + SLACK_MS);
    expect(outcome.checks).toBeGreaterThanOrEqual(6);
    expect(observations[0]?.seen).toBe('1 series: 0.01, expected < 0.05 (held 0ms of 1s)');
    expect(outcome.lastObservation).toBe('1 series: 0.01, expected < 0.05');
  }, 15_000);

  it('with `for`, starts the hold again after a dip', async () => {
    await setGauges({ dip: 0.01 });
    const step = probeStep(promqlProbe('probe_gauge{series="dip"}', '<', 0.05, 1500), {
      withinMs: 12_000,
      intervalMs: 200,
    });
    const observations: { at: number; seen: string }[] = [];
    const start = preciseNow();
    const running = runProbe(step, deps(observations));
    await delay(400);
    await setGauges({ dip: 0.31 });
    await delay(400);
    await setGauges({ dip: 0.01 });
    const outcome = await running;
    const misses = observations.filter((o) => o.seen === '1 series: 0.31, expected < 0.05');
    const lastMiss = (misses.at(-1)?.at ?? 0) - start;
    console.log(
      `for 1500 ms with a dip: last miss at ${Math.round(lastMiss)} ms, passed at ${Math.round(outcome.elapsedMs)} ms (${outcome.checks} checks)`,
    );
    expect(observations[0]?.seen).toMatch(/\(held 0ms of 1500ms\)$/);
    expect(misses.length).toBeGreaterThanOrEqual(1);
    expect(outcome.passed).toBe(true);
    expect(outcome.elapsedMs - lastMiss).toBeGreaterThanOrEqual(1500);
    expect(outcome.elapsedMs - lastMiss).toBeLessThanOrEqual(1500 + 200 + SCRAPE_MS + SLACK_MS);
  }, 20_000);

  it("fails at once on a query Prometheus cannot parse, with Prometheus's words", async () => {
    const step = probeStep(promqlProbe('sum(rate(probe_gauge[1m])', '<', 0.05), {
      name: 'error-rate',
      withinMs: 10_000,
    });
    const started = performance.now();
    const outcome = await runProbe(step, deps());
    const elapsed = performance.now() - started;
    console.log(`bad query: failed after ${Math.round(elapsed)} ms of a 10 s deadline: ${outcome.message}`);
    expect(outcome).toMatchObject({ passed: false, stopped: false, checks: 1 });
    expect(outcome.message).toMatch(
      /^probe error-rate cannot pass: Prometheus refused the query: .*parse error.*unclosed left parenthesis/,
    );
    expect(elapsed).toBeLessThan(1000);

    const range = await runProbe(
      probeStep(promqlProbe('probe_gauge[1m]', '<', 1), { withinMs: 10_000 }),
      deps(),
    );
    expect(range.message).toMatch(/cannot pass: the query returns a range vector/);
  }, 15_000);

  it('fails at once where the environment has no Prometheus', async () => {
    const step = probeStep(promqlProbe('up', '==', 1), { withinMs: 10_000 });
    const outcome = await runProbe(step, { now: preciseNow, prometheus: null });
    expect(outcome).toMatchObject({ passed: false, checks: 1 });
    expect(outcome.message).toBe(
      'probe health-up cannot pass: this environment has no Prometheus to ask (prometheus.url in warroom.yaml)',
    );
    expect(outcome.elapsedMs).toBeLessThan(100);
  });

  it('keeps checking while Prometheus is unreachable, and fails at the deadline saying so', async () => {
    const gone = new PrometheusClient({ baseUrl: `http://127.0.0.1:${await closedPort()}`, auth: null });
    const step = probeStep(promqlProbe('up', '==', 1), { withinMs: 800, intervalMs: 200 });
    const outcome = await runProbe(step, { now: preciseNow, prometheus: gone });
    expect(outcome.checks).toBeGreaterThanOrEqual(3);
    expect(outcome.message).toBe(
      `probe health-up missed its 800ms deadline: Prometheus at ${gone.baseUrl} is unreachable: connection refused`,
    );
    expect(outcome.elapsedMs).toBeGreaterThanOrEqual(800);
  });

  it('breaks a continuous probe when the series turns bad, once', async () => {
    await setGauges({ live: 0.01 });
    const step = probeStep(promqlProbe('probe_gauge{series="live"}', '<', 0.05), {
      name: 'error-rate',
      mode: 'continuous',
      withinMs: 0,
      intervalMs: 200,
    });
    const probe = new ContinuousProbe();
    const breaks: string[] = [];
    probe.start(step, deps(), (message) => breaks.push(message));
    try {
      await delay(600);
      expect(probe.status.state).toBe('holding');
      exporter.values.set('live', 0.31);
      const turnedAt = performance.now();
      await until('the probe breaks', SCRAPE_MS + 200 + 2 * SLACK_MS, async () => breaks.length > 0);
      console.log(
        `gauge turned bad; continuous probe broke ${Math.round(performance.now() - turnedAt)} ms later`,
      );
      await delay(600);
      expect(breaks).toHaveLength(1);
      expect(breaks[0]).toMatch(
        /^probe error-rate broke at \d\d:\d\d:\d\d: 1 series: 0.31, expected < 0.05$/,
      );
      expect(probe.status.state).toBe('broken');
    } finally {
      await probe.stop();
    }
  }, 15_000);
});
