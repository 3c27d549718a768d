import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PrometheusClient } from '../../../electron/host/metrics/prometheus/prometheusClient';
import { PrometheusQueryError } from '../../../electron/host/metrics/prometheus/prometheusErrors';
import { type SandboxPrometheus, startSandboxPrometheus, until } from './sandboxPrometheus';

describe('PrometheusClient, against a real Prometheus scraping the sandbox', () => {
  let sandbox: SandboxPrometheus;
  let client: PrometheusClient;
  const requests: { endpoint: string; seconds: number; ok: boolean }[] = [];

  beforeAll(async () => {
    sandbox = await startSandboxPrometheus();
    client = new PrometheusClient({
      baseUrl: sandbox.prometheus.url,
      timeoutMs: 5_000,
      auth: null,
      onRequest: (endpoint, seconds, ok) => requests.push({ endpoint, seconds, ok }),
    });
    // Five scrapes: the range and time-travel tests need a few seconds of history.
    await until('the sandbox target is up, five scrapes in', 20_000, async () => {
      const { data } = await client.query(
        'count_over_time(up{job="sandbox"}[10s]) and up{job="sandbox"} == 1',
      );
      return data.resultType === 'vector' && (data.result[0]?.value[1] ?? 0) >= 5;
    });
  });
  afterAll(async () => {
    await sandbox?.stop();
  });

  it('says Prometheus is ready', async () => {
    expect(await client.ready()).toEqual({ ready: true });
  });

  it("answers an instant query with the sandbox's up = 1", async () => {
    const { data, warnings } = await client.query('up{job="sandbox"}');
    expect(warnings).toEqual([]);
    expect(data.resultType).toBe('vector');
    if (data.resultType !== 'vector') return;
    expect(data.result).toHaveLength(1);
    expect(data.result[0]?.labels).toMatchObject({ __name__: 'up', job: 'sandbox' });
    expect(data.result[0]?.value[1]).toBe(1);
    expect(data.result[0]?.value[0]).toBeCloseTo(Date.now() / 1000, -1);
  });

  it('evaluates at the time asked, and reads scalars, strings, NaN and the infinities', async () => {
    const at = Math.floor(Date.now() / 1000) - 1.5;
    const values = [];
    for (const expr of ['0/0', '1/0', '-1/0', 'scalar(up{job="sandbox"})']) {
      const { data } = await client.query(expr, at);
      expect(data.resultType).toBe('scalar');
      if (data.resultType === 'scalar') {
        expect(data.result[0]).toBe(at);
        values.push(data.result[1]);
      }
    }
    expect(values).toEqual([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 1]);
    expect((await client.query('"war room"', at)).data).toEqual({
      resultType: 'string',
      result: [at, 'war room'],
    });
  });

  it('posts long expressions', async () => {
    // 400 alternatives of route: a GET URL this long is refused by many proxies.
    const routes = Array.from({ length: 400 }, (_, i) => `/api/route-${i}`).join('|');
    const { data } = await client.query(`sum(http_requests_total{route=~"/api/feed|${routes}"})`);
    expect(data.resultType === 'vector' && data.result[0]?.value[1]).toBeGreaterThan(0);
  });

  it('answers a range query with a matrix whose points are on the step grid', async () => {
    const end = Math.floor(Date.now() / 1000 / 2) * 2;
    const { data } = await client.queryRange(
      'sum by (route) (rate(http_requests_total[3s]))',
      end - 10,
      end,
      2,
    );
    expect(data.resultType).toBe('matrix');
    const routes = data.result.map((series) => series.labels.route);
    expect(routes).toContain('/api/feed');
    for (const series of data.result) {
      expect(series.points.length).toBeGreaterThan(0);
      expect(series.points.length).toBeLessThanOrEqual(6);
      for (const [t, value] of series.points) {
        expect(t % 2).toBe(0);
        expect(t).toBeGreaterThanOrEqual(end - 10);
        expect(t).toBeLessThanOrEqual(end);
        expect(typeof value).toBe('number');
      }
    }
  });

  it("rejects a bad query with Prometheus's errorType and parser message", async () => {
    const failed = client.query('sum(rate(http_requests_total[1m])');
    await expect(failed).rejects.toBeInstanceOf(PrometheusQueryError);
    const error = (await failed.catch((e: unknown) => e)) as PrometheusQueryError;
    expect(error.errorType).toBe('bad_data');
    expect(error.status).toBe(400);
    expect(error.prometheusError).toMatch(/parse error/);
    expect(error.message).toMatch(/parse error.*unclosed left parenthesis/);
    expect(requests.at(-1)).toMatchObject({ endpoint: '/api/v1/query', ok: false });
  });

  it('rejects a range of more than 11 000 points as Prometheus does', async () => {
    const end = Math.floor(Date.now() / 1000);
    await expect(client.queryRange('up', end - 11_001, end, 1)).rejects.toThrow(
      /bad_data.*exceeded maximum resolution of 11,000 points/,
    );
    await expect(client.queryRange('up', end - 10_999, end, 1)).resolves.toMatchObject({
      data: { resultType: 'matrix' },
    });
  });

  it('reads the alerts, the default rules and the targets', async () => {
    const { data: alerts } = await client.alerts();
    expect(Array.isArray(alerts.alerts)).toBe(true);
    for (const alert of alerts.alerts) expect(['firing', 'pending']).toContain(alert.state);

    const { data: rules } = await client.rules();
    const all = rules.groups.flatMap((group) => group.rules);
    const highErrorRate = all.find((rule) => rule.name === 'HighErrorRate');
    expect(highErrorRate).toMatchObject({ type: 'alerting', labels: { severity: 'critical' } });
    expect(highErrorRate?.type === 'alerting' && highErrorRate.duration).toBe(5);
    expect(['ok', 'unknown']).toContain(highErrorRate?.health);
    expect(highErrorRate?.lastError).toBeNull();

    const { data: targets } = await client.targets();
    const sandboxTarget = targets.activeTargets.find((target) => target.labels.job === 'sandbox');
    expect(sandboxTarget).toMatchObject({
      health: 'up',
      lastError: null,
      scrapeUrl: `http://127.0.0.1:${sandbox.service.port}/metrics`,
    });
    expect(sandboxTarget?.lastScrape).toBeGreaterThan(Date.now() / 1000 - 10);
    expect(targets.droppedTargets).toEqual([]);
  });

  it('tells onRequest of every request, by endpoint, with its duration', () => {
    const endpoints = new Set(requests.map((request) => request.endpoint));
    for (const endpoint of ['/-/ready', '/api/v1/query', '/api/v1/query_range', '/api/v1/rules']) {
      expect(endpoints).toContain(endpoint);
    }
    for (const { seconds } of requests) {
      expect(seconds).toBeGreaterThan(0);
      expect(seconds).toBeLessThan(5);
    }
  });
});
