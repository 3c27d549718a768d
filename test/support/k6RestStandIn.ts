import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { K6_SAMPLES } from './k6Samples';

/**
 * Stands in for k6's REST API in tests: k6 itself cannot be installed on these machines. It is
 * backed by the recorded samples in ../shared/fixtures/k6 (k6's own documented answers):
 * `GET /v1/status`, `/v1/metrics` and `/v1/groups` serve those files as they are, and
 * `PATCH /v1/status` changes the status the way k6 2's handler does: `stopped: true` stops the
 * run; otherwise `paused` pauses or resumes it, refused with k6's "Pause error" when it is
 * already so; `vus`/`vus-max` are refused as k6 2 refuses live VU changes. Refusals are k6's
 * JSON:API `errors` documents with its words. After a stop, later reads find the run wound
 * down (interrupted, no longer running), as k6 reports it before it exits. Listens on 127.0.0.1 only.
 */

/** k6's execution status once a stopped run has wound down (lib.ExecutionStatusInterrupted). */
const INTERRUPTED = 10;
const JSON_TYPE = 'application/json; charset=utf-8';

interface StatusAttributes {
  status: number;
  paused: boolean;
  vus: number;
  'vus-max': number;
  stopped: boolean;
  running: boolean;
  tainted: boolean;
}

export interface K6RestStandIn {
  /** host:port, as k6's `--address` takes it. */
  address: string;
  port: number;
  /** Every PATCH body received, parsed, in order. */
  readonly patches: unknown[];
  close(): Promise<void>;
}

/** Starts a stand-in on 127.0.0.1 (`port` 0: any free one) with the sample's status: running, 1 VU. */
export async function startK6RestStandIn(port = 0): Promise<K6RestStandIn> {
  const statusSample = readFileSync(`${K6_SAMPLES}/rest-v1-status-get.json`, 'utf8');
  const lists: Record<string, string> = {
    '/v1/metrics': readFileSync(`${K6_SAMPLES}/rest-v1-metrics-list.json`, 'utf8'),
    '/v1/groups': readFileSync(`${K6_SAMPLES}/rest-v1-groups-list.json`, 'utf8'),
  };
  const attributes: StatusAttributes = JSON.parse(statusSample).data.attributes;
  let changed = false;
  const patches: unknown[] = [];

  // k6 writes its status resource with type and id first (its PATCH answer in the docs).
  const statusDocument = () =>
    changed ? JSON.stringify({ data: { type: 'status', id: 'default', attributes } }) : statusSample;

  const patchStatus = (body: string, response: ServerResponse) => {
    let document: { data?: { attributes?: Partial<StatusAttributes> } };
    try {
      document = JSON.parse(body);
    } catch (error) {
      return refuse(response, 400, 'Invalid data', (error as Error).message);
    }
    patches.push(document);
    const wanted = document?.data?.attributes ?? {};
    if (wanted.stopped === true) {
      attributes.stopped = true;
      changed = true;
      send(response, 200, JSON_TYPE, statusDocument());
      // k6 answers the PATCH at once, then winds the run down.
      attributes.status = INTERRUPTED;
      attributes.running = false;
      return;
    }
    if (typeof wanted.paused === 'boolean') {
      if (wanted.paused && attributes.paused) {
        return refuse(response, 500, 'Pause error', 'test execution was already paused');
      }
      if (!wanted.paused && !attributes.paused) {
        return refuse(response, 500, 'Pause error', "test execution wasn't paused");
      }
      attributes.paused = wanted.paused;
      changed = true;
    }
    if (wanted.vus !== undefined || wanted['vus-max'] !== undefined) {
      return refuse(
        response,
        500,
        'Execution config error',
        'live VU configuration updates are not supported',
      );
    }
    send(response, 200, JSON_TYPE, statusDocument());
  };

  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const path = request.url ?? '';
      const method = request.method ?? '';
      if (path === '/v1/status' && method === 'GET') return send(response, 200, JSON_TYPE, statusDocument());
      if (path === '/v1/status' && method === 'PATCH') {
        return patchStatus(Buffer.concat(chunks).toString('utf8'), response);
      }
      const list = lists[path];
      if (list !== undefined && method === 'GET') return send(response, 200, JSON_TYPE, list);
      if (list !== undefined || path === '/v1/status') {
        return send(response, 405, 'text/plain; charset=utf-8', 'Method Not Allowed\n');
      }
      send(response, 404, 'text/plain; charset=utf-8', '404 page not found\n');
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const bound = (server.address() as AddressInfo).port;
  return {
    address: `127.0.0.1:${bound}`,
    port: bound,
    patches,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function send(response: ServerResponse, status: number, contentType: string, body: string): void {
  response.writeHead(status, { 'content-type': contentType });
  response.end(body);
}

/** k6's apiError: a JSON:API errors document with the HTTP status as a string. */
function refuse(response: ServerResponse, status: number, title: string, detail: string): void {
  send(response, status, JSON_TYPE, JSON.stringify({ errors: [{ status: String(status), title, detail }] }));
}
