import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { K6RestClient } from '../../../electron/host/k6/rest/k6RestClient';
import { K6RestError } from '../../../electron/host/k6/rest/k6RestError';
import { LIVE_VU_SCALING_REMOVED_MESSAGE } from '../../../shared/k6StatusTypes';
import { type K6RestStandIn, startK6RestStandIn } from '../../support/k6RestStandIn';
import { K6_SAMPLES } from '../../support/k6Samples';

const SAMPLES = K6_SAMPLES;
/** Short so the timeout test ends quickly; the stand-in answers in well under a millisecond. */
const TEST_TIMEOUT_MS = 300;

let k6: K6RestStandIn;
let client: K6RestClient;
const others: Server[] = [];

beforeEach(async () => {
  k6 = await startK6RestStandIn();
  client = new K6RestClient(k6.address, TEST_TIMEOUT_MS);
});

afterEach(async () => {
  await k6.close();
  for (const server of others.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

/** Another HTTP server at an address meant for k6, answering every request with `handler`. */
async function somethingElse(handler: Parameters<typeof createServer>[1]): Promise<string> {
  const server = createServer(handler);
  others.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function failureOf(promise: Promise<unknown>): Promise<K6RestError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(K6RestError);
  return error as K6RestError;
}

const sampleStatus = () =>
  JSON.parse(readFileSync(`${SAMPLES}/rest-v1-status-get.json`, 'utf8')).data.attributes;

describe('k6 REST client', { timeout: 5_000 }, () => {
  it('reads the status exactly as the recorded sample says', async () => {
    const sample = sampleStatus();
    expect(await client.status()).toEqual({
      state: 'running',
      statusCode: sample.status,
      paused: sample.paused,
      stopped: sample.stopped,
      tainted: sample.tainted,
      running: sample.running,
      vus: sample.vus,
      vusMax: sample['vus-max'],
    });
  });

  it('pauses, resumes and stops with the PATCH bodies k6 documents', async () => {
    expect(await client.pause()).toMatchObject({ state: 'running', paused: true, stopped: false });
    expect(await client.status()).toMatchObject({ paused: true });
    expect(await client.resume()).toMatchObject({ paused: false, stopped: false });
    expect(await client.status()).toMatchObject({ paused: false });
    expect(await client.stop()).toMatchObject({ stopped: true });
    expect(await client.status()).toMatchObject({ stopped: true });
    const patch = (attributes: object) => ({ data: { type: 'status', id: 'default', attributes } });
    expect(k6.patches).toEqual([patch({ paused: true }), patch({ paused: false }), patch({ stopped: true })]);
  });

  it("surfaces k6's refusal in its own words", async () => {
    const notPaused = await failureOf(client.resume());
    expect(notPaused.kind).toBe('refused');
    expect(notPaused.message).toBe(
      `k6 at ${k6.address} refused to resume: Pause error: test execution wasn't paused`,
    );
    await client.pause();
    const twice = await failureOf(client.pause());
    expect(twice.message).toContain('refused to pause: Pause error: test execution was already paused');
  });

  it('offers no VU scaling: k6 2 refuses a live VU change, which the UI explains', async () => {
    const response = await fetch(`http://${k6.address}/v1/status`, {
      method: 'PATCH',
      body: JSON.stringify({ data: { type: 'status', id: 'default', attributes: { vus: 5 } } }),
    });
    expect(response.status).toBe(500);
    expect((await response.json()).errors[0].detail).toBe('live VU configuration updates are not supported');
    expect(await client.status()).toMatchObject({ vus: 1, vusMax: 1 });
    expect('scaleVus' in client).toBe(false);
    expect(LIVE_VU_SCALING_REMOVED_MESSAGE).toContain('removed in k6 2');
  });

  it('lists the metrics as the recorded sample has them', async () => {
    const sample = JSON.parse(readFileSync(`${SAMPLES}/rest-v1-metrics-list.json`, 'utf8')).data;
    const metrics = await client.metrics();
    expect(metrics.map((metric) => metric.name)).toEqual(sample.map((entry: { id: string }) => entry.id));
    expect(metrics[0]).toEqual({
      name: 'http_req_duration',
      type: 'trend',
      contains: 'time',
      tainted: null,
      sample: {
        avg: 122.529465,
        max: 179.098624,
        med: 115.83006,
        min: 107.743524,
        'p(90)': 136.9331272,
        'p(95)': 158.01587559999996,
      },
    });
    expect(metrics.find((metric) => metric.name === 'data_received')).toMatchObject({
      type: 'counter',
      contains: 'data',
      sample: { count: 13830, rate: 1119.9222882571698 },
    });
    expect(metrics.find((metric) => metric.name === 'vus')).toMatchObject({
      type: 'gauge',
      sample: { value: 1 },
    });
  });

  it('says nothing answers at a closed port', async () => {
    const closed = await somethingElse(() => {});
    const server = others.pop() as Server;
    await new Promise((resolve) => server.close(resolve));
    const error = await failureOf(new K6RestClient(closed, TEST_TIMEOUT_MS).status());
    expect(error.kind).toBe('unreachable');
    expect(error.message).toBe(`k6's REST API at ${closed} is unreachable: connection refused`);
  });

  it('says when an answer does not come within the timeout', async () => {
    const silent = await somethingElse(() => {});
    const started = Date.now();
    const error = await failureOf(new K6RestClient(silent, TEST_TIMEOUT_MS).status());
    expect(error.kind).toBe('unreachable');
    expect(error.message).toContain('no answer within 0.3 s');
    expect(Date.now() - started).toBeLessThan(TEST_TIMEOUT_MS + 1_000);
  });

  it('names a web page answering at the address as not k6', async () => {
    const page = await somethingElse((_, response) => {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end('<!doctype html>\n<title>Grafana</title>\n<p>Welcome</p>');
    });
    const error = await failureOf(new K6RestClient(page, TEST_TIMEOUT_MS).status());
    expect(error.kind).toBe('notK6');
    expect(error.message).toBe(
      `what answers at ${page} is not k6's REST API (GET /v1/status got HTTP 200 text/html: ` +
        '"<!doctype html> <title>Grafana</title> <p>Welcome</p>")',
    );
  });

  it('names JSON that is not a k6 status document as not k6', async () => {
    const health = await somethingElse((_, response) => {
      response.writeHead(404, { 'content-type': 'application/json' });
      response.end('{"status":"UP"}');
    });
    const error = await failureOf(new K6RestClient(health, TEST_TIMEOUT_MS).stop());
    expect(error.kind).toBe('notK6');
    expect(error.message).toContain(
      'PATCH /v1/status got HTTP 404 application/json: "{\\"status\\":\\"UP\\"}"',
    );
  });
});
