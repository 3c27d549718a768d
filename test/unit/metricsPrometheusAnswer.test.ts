import { describe, expect, it } from 'vitest';
import { readApiAnswer } from '../../electron/host/metrics/prometheus/prometheusAnswer';
import {
  PrometheusQueryError,
  PrometheusResponseError,
} from '../../electron/host/metrics/prometheus/prometheusErrors';
import type { HttpAnswer } from '../../electron/host/metrics/prometheus/prometheusHttp';
import {
  alertsSchema,
  queryResultSchema,
  rulesSchema,
  targetsSchema,
} from '../../electron/host/metrics/prometheus/prometheusSchemas';

const context = { baseUrl: 'http://127.0.0.1:9090', endpoint: '/api/v1/query', authenticated: true };

function json(body: unknown, status = 200, statusText = 'OK'): HttpAnswer {
  return { status, statusText, contentType: 'application/json', body: JSON.stringify(body) };
}

/** The error readApiAnswer throws for `answer`. */
function failure(answer: HttpAnswer, authenticated = true): Error {
  try {
    readApiAnswer(answer, queryResultSchema, { ...context, authenticated });
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected readApiAnswer to throw');
}

describe('reading a Prometheus API answer', () => {
  it('turns sample strings into numbers, NaN and the infinities included', () => {
    const { data, warnings } = readApiAnswer(
      json({
        status: 'success',
        data: {
          resultType: 'vector',
          result: ['0.25', '1e+00', 'NaN', '+Inf', '-Inf'].map((value, i) => ({
            metric: { i: String(i) },
            value: [1700000000.5, value],
          })),
        },
        warnings: ['PromQL info: ignored'],
      }),
      queryResultSchema,
      context,
    );
    expect(data.resultType).toBe('vector');
    const values = data.resultType === 'vector' ? data.result.map((sample) => sample.value[1]) : [];
    expect(values).toEqual([0.25, 1, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]);
    expect(data.resultType === 'vector' && data.result[0]).toEqual({
      labels: { i: '0' },
      value: [1700000000.5, 0.25],
    });
    expect(warnings).toEqual(['PromQL info: ignored']);
  });

  it('reads scalar, string and matrix results', () => {
    const read = (data: unknown) =>
      readApiAnswer(json({ status: 'success', data }), queryResultSchema, context).data;
    expect(read({ resultType: 'scalar', result: [10, '2'] })).toEqual({
      resultType: 'scalar',
      result: [10, 2],
    });
    expect(read({ resultType: 'string', result: [10, 'hi'] })).toEqual({
      resultType: 'string',
      result: [10, 'hi'],
    });
    expect(
      read({
        resultType: 'matrix',
        result: [
          {
            metric: {},
            values: [
              [10, '1'],
              [11, '+Inf'],
            ],
          },
        ],
      }),
    ).toEqual({
      resultType: 'matrix',
      result: [
        {
          labels: {},
          points: [
            [10, 1],
            [11, Number.POSITIVE_INFINITY],
          ],
        },
      ],
    });
  });

  it("gives Prometheus's own error as a PrometheusQueryError", () => {
    const error = failure(
      json(
        { status: 'error', errorType: 'bad_data', error: '1:5: parse error: unclosed left parenthesis' },
        400,
      ),
    );
    expect(error).toBeInstanceOf(PrometheusQueryError);
    expect(error).toMatchObject({ errorType: 'bad_data', status: 400, endpoint: '/api/v1/query' });
    expect(error.message).toContain('unclosed left parenthesis');
  });

  it('says that an HTML page is not Prometheus, naming its title', () => {
    const error = failure({
      status: 200,
      statusText: 'OK',
      contentType: 'text/html; charset=utf-8',
      body: '<!DOCTYPE html><html><head><title>Sign in – Corp SSO</title></head><body>…</body></html>',
    });
    expect(error).toBeInstanceOf(PrometheusResponseError);
    expect(error.message).toMatch(
      /HTTP 200 OK and an HTML page \("Sign in – Corp SSO"\).*proxy or a login page/,
    );
  });

  it('says where credentials come from on 401 and 403, sent or missing', () => {
    const refused = {
      status: 401,
      statusText: 'Unauthorized',
      contentType: 'text/plain',
      body: 'Unauthorized',
    };
    expect(failure(refused).message).toMatch(
      /HTTP 401 Unauthorized: the credentials sent are wrong.*secrets/,
    );
    expect(failure(refused, false).message).toMatch(/asks for credentials and none are configured/);
    expect(failure({ ...refused, status: 403, statusText: 'Forbidden' })).toMatchObject({ status: 403 });
  });

  it('names the status of an answer that is neither success nor Prometheus error', () => {
    const error = failure({
      status: 502,
      statusText: 'Bad Gateway',
      contentType: 'text/plain',
      body: 'upstream down',
    });
    expect(error).toBeInstanceOf(PrometheusResponseError);
    expect(error.message).toBe(
      'Prometheus at http://127.0.0.1:9090 answered /api/v1/query with HTTP 502 Bad Gateway and a body that is not JSON: "upstream down"',
    );
    expect(failure({ status: 200, statusText: 'OK', contentType: '', body: '' }).message).toMatch(
      /an empty body/,
    );
  });

  it('points at the first thing wrong in data of the wrong shape', () => {
    const error = failure(
      json({
        status: 'success',
        data: { resultType: 'vector', result: [{ metric: {}, value: [1, 'fast'] }] },
      }),
    );
    expect(error).toBeInstanceOf(PrometheusResponseError);
    expect(error.message).toMatch(/result\.0\.value\.1: not a sample value: "fast"/);
    expect(failure(json({ hello: 'world' })).message).toMatch(/JSON that is not a Prometheus API answer/);
  });

  it('reads alerts, rules and targets, times in seconds and absent errors as null', () => {
    const alerts = readApiAnswer(
      json({
        status: 'success',
        data: {
          alerts: [
            {
              labels: { alertname: 'HighErrorRate' },
              annotations: { summary: 's' },
              state: 'firing',
              activeAt: '2023-11-23T17:13:00.123456789Z',
              value: '1e+00',
            },
          ],
        },
      }),
      alertsSchema,
      context,
    ).data.alerts[0];
    expect(alerts).toMatchObject({ state: 'firing', activeAt: 1700759580.123, value: 1 });

    const rule = readApiAnswer(
      json({
        status: 'success',
        data: {
          groups: [
            {
              name: 'warroom',
              file: '/tmp/rules.yml',
              interval: 1,
              rules: [{ type: 'recording', name: 'r', query: 'up', health: 'ok', labels: null }],
            },
          ],
        },
      }),
      rulesSchema,
      context,
    ).data.groups[0]?.rules[0];
    expect(rule).toEqual({
      type: 'recording',
      name: 'r',
      query: 'up',
      labels: {},
      health: 'ok',
      lastError: null,
    });

    const targets = readApiAnswer(
      json({
        status: 'success',
        data: {
          activeTargets: [
            {
              scrapePool: 'sandbox',
              scrapeUrl: 'http://127.0.0.1:1/metrics',
              labels: { job: 'sandbox' },
              health: 'unknown',
              lastError: '',
              lastScrape: '0001-01-01T00:00:00Z',
              lastScrapeDuration: 0,
            },
          ],
          droppedTargets: [],
        },
      }),
      targetsSchema,
      context,
    ).data.activeTargets[0];
    expect(targets).toMatchObject({ health: 'unknown', lastError: null, lastScrape: null });
  });
});
