import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { K6OutputLine } from '../../electron/host/k6/output/k6OutputLine';
import type { K6MetricDefinition, K6Point } from '../../shared/k6/k6Types';
import { seededRandom } from './seededRandom';

/**
 * Realistic `k6 run --out json` NDJSON, deterministic from a seed: three scenarios making HTTP
 * requests (with groups, checks passing and failing, failed requests), iterations, the vus gauges
 * and data counters. Each line also comes with what a correct reader must make of it. Times carry
 * nanoseconds and a UTC offset that varies line to line; key orders vary too.
 *
 *   k6OutputLines(seed)                  endless generator of { text, expected }
 *   k6OutputText(seed, lineCount)        { text, expected[] } with a trailing newline
 *   writeK6Output(stream, { seed, lines | bytes })   writes whole lines, honouring backpressure
 */

export interface GeneratedK6Line {
  /** The line without its newline. */
  text: string;
  expected: Extract<K6OutputLine, { kind: 'metric' | 'point' }>;
}

/** 2026-03-14T09:00:00Z: a fixed start keeps every run identical. */
const START_MS = Date.UTC(2026, 2, 14, 9, 0, 0);
const OFFSETS = ['Z', '+02:00', '-05:30', '+00:00', '+05:45', '-08:00', '+14:00'];
const HOST = 'http://127.0.0.1:8080';
/** How many samples lie between two vus/vus_max gauge samples (k6 writes them once a second). */
const GAUGE_EVERY = 200;

interface Request {
  scenario: string;
  group: string;
  method: string;
  name: string;
  check: string;
}

const REQUESTS: Request[] = [
  { scenario: 'browse', group: '::home', method: 'GET', name: `${HOST}/`, check: 'home is 200 ✓' },
  {
    scenario: 'browse',
    group: '::home',
    method: 'GET',
    name: `${HOST}/static/app.js`,
    check: 'asset is 200',
  },
  {
    scenario: 'checkout',
    group: '::checkout::cart',
    method: 'POST',
    name: `${HOST}/cart`,
    check: 'cart saved',
  },
  { scenario: 'checkout', group: '::checkout', method: 'POST', name: `${HOST}/pay`, check: 'paid' },
  { scenario: 'api_smoke', group: '', method: 'GET', name: `${HOST}/api/health`, check: 'health ok' },
];

const DEFINITIONS: Record<string, Omit<K6MetricDefinition, 'name'>> = {
  http_reqs: { type: 'counter', contains: 'default', thresholds: [], submetrics: [] },
  http_req_duration: {
    type: 'trend',
    contains: 'time',
    thresholds: ['p(95)<500', { threshold: 'p(99)<1500', abortOnFail: true, delayAbortEval: '10s' }],
    submetrics: [
      {
        name: 'http_req_duration{expected_response:true}',
        suffix: 'expected_response:true',
        tags: { expected_response: 'true' },
      },
    ],
  },
  http_req_blocked: { type: 'trend', contains: 'time', thresholds: [], submetrics: [] },
  http_req_connecting: { type: 'trend', contains: 'time', thresholds: [], submetrics: [] },
  http_req_tls_handshaking: { type: 'trend', contains: 'time', thresholds: [], submetrics: [] },
  http_req_sending: { type: 'trend', contains: 'time', thresholds: [], submetrics: [] },
  http_req_waiting: { type: 'trend', contains: 'time', thresholds: [], submetrics: [] },
  http_req_receiving: { type: 'trend', contains: 'time', thresholds: [], submetrics: [] },
  http_req_failed: { type: 'rate', contains: 'default', thresholds: ['rate<0.01'], submetrics: [] },
  checks: { type: 'rate', contains: 'default', thresholds: ['rate>0.95'], submetrics: [] },
  data_sent: { type: 'counter', contains: 'data', thresholds: [], submetrics: [] },
  data_received: { type: 'counter', contains: 'data', thresholds: [], submetrics: [] },
  iteration_duration: { type: 'trend', contains: 'time', thresholds: [], submetrics: [] },
  iterations: { type: 'counter', contains: 'default', thresholds: [], submetrics: [] },
  vus: { type: 'gauge', contains: 'default', thresholds: [], submetrics: [] },
  vus_max: { type: 'gauge', contains: 'default', thresholds: [], submetrics: [] },
};

function shuffled<T>(items: T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

/** An object with the given keys inserted in a random order, so JSON.stringify writes them so. */
function inRandomOrder(entries: Record<string, unknown>, random: () => number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of shuffled(Object.keys(entries), random)) out[key] = entries[key];
  return out;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Go's RFC3339Nano in the given offset: trailing zeros of the fraction trimmed, none if zero. */
function formatTime(epochMs: number, subMsNanos: number, offset: string): string {
  const offsetMinutes =
    offset === 'Z'
      ? 0
      : (offset[0] === '-' ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4)));
  const local = new Date(epochMs + offsetMinutes * 60_000);
  const date = `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
  const clock = `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}`;
  const nanos = pad(local.getUTCMilliseconds() * 1_000_000 + subMsNanos, 9).replace(/0+$/, '');
  return `${date}T${clock}${nanos === '' ? '' : `.${nanos}`}${offset}`;
}

/** A float with at most six decimals, as k6's millisecond timings look. */
const micro = (x: number) => Math.round(x * 1e6) / 1e6;

export function* k6OutputLines(seed: number): Generator<GeneratedK6Line> {
  const random = seededRandom(seed);
  const defined = new Set<string>();
  let epochMs = START_MS;
  let subMsNanos = 0;
  let samples = 0;
  let vus = 1;

  function* sample(metric: string, value: number, tags: Record<string, string>): Generator<GeneratedK6Line> {
    if (!defined.has(metric)) {
      defined.add(metric);
      const definition: K6MetricDefinition = {
        name: metric,
        ...(DEFINITIONS[metric] as Omit<K6MetricDefinition, 'name'>),
      };
      // Go writes an empty submetric list as null.
      const submetrics = definition.submetrics.length === 0 ? null : definition.submetrics;
      const data = inRandomOrder({ ...definition, submetrics }, random);
      const text = JSON.stringify(inRandomOrder({ type: 'Metric', data, metric }, random));
      yield { text, expected: { kind: 'metric', metric: definition } };
    }
    const step = Math.floor(random() * 3_000_000);
    subMsNanos += step;
    epochMs += Math.floor(subMsNanos / 1_000_000);
    subMsNanos %= 1_000_000;
    const offset = OFFSETS[Math.floor(random() * OFFSETS.length)] as string;
    const fields: Record<string, unknown> = {
      time: formatTime(epochMs, subMsNanos, offset),
      value,
      tags: inRandomOrder(tags, random),
    };
    if (random() < 0.05) fields.metadata = { trace_id: Math.floor(random() * 2 ** 48).toString(16) };
    const text = JSON.stringify(
      inRandomOrder({ metric, type: 'Point', data: inRandomOrder(fields, random) }, random),
    );
    const point: K6Point = { metric, timeMs: epochMs + subMsNanos / 1_000_000, value, tags };
    yield { text, expected: { kind: 'point', point } };
    samples++;
  }

  for (;;) {
    if (samples % GAUGE_EVERY < 20) {
      vus = Math.max(1, Math.min(50, vus + Math.floor(random() * 5) - 2));
      yield* sample('vus', vus, {});
      yield* sample('vus_max', 50, {});
    }
    const request = REQUESTS[Math.floor(random() * REQUESTS.length)] as Request;
    const failed = random() < 0.04;
    const status = failed ? (random() < 0.5 ? '503' : '0') : request.method === 'POST' ? '201' : '200';
    const tags: Record<string, string> = {
      scenario: request.scenario,
      group: request.group,
      method: request.method,
      name: request.name,
      url: request.name,
      status,
      proto: 'HTTP/1.1',
      expected_response: String(!failed),
    };
    const waiting = micro(5 + random() * 300);
    const parts = {
      blocked: micro(random() * 2),
      connecting: micro(random()),
      sending: micro(random() * 0.1),
    };
    const receiving = micro(random() * 5);
    yield* sample('http_reqs', 1, tags);
    yield* sample('http_req_duration', micro(parts.sending + waiting + receiving), tags);
    yield* sample('http_req_blocked', parts.blocked, tags);
    yield* sample('http_req_connecting', parts.connecting, tags);
    yield* sample('http_req_tls_handshaking', 0, tags);
    yield* sample('http_req_sending', parts.sending, tags);
    yield* sample('http_req_waiting', waiting, tags);
    yield* sample('http_req_receiving', receiving, tags);
    yield* sample('http_req_failed', failed ? 1 : 0, tags);
    const checkTags = { scenario: request.scenario, group: request.group, check: request.check };
    yield* sample('checks', failed || random() < 0.02 ? 0 : 1, checkTags);
    const iterationTags = { scenario: request.scenario, group: '' };
    yield* sample('data_sent', 80 + Math.floor(random() * 400), iterationTags);
    yield* sample('data_received', failed ? 0 : 200 + Math.floor(random() * 20_000), iterationTags);
    yield* sample('iteration_duration', micro(waiting + 1000 * random()), iterationTags);
    yield* sample('iterations', 1, iterationTags);
  }
}

export function k6OutputText(seed: number, lineCount: number): { text: string; expected: K6OutputLine[] } {
  const lines: string[] = [];
  const expected: K6OutputLine[] = [];
  for (const line of k6OutputLines(seed)) {
    if (lines.length >= lineCount) break;
    lines.push(line.text);
    expected.push(line.expected);
  }
  return { text: lines.length === 0 ? '' : `${lines.join('\n')}\n`, expected };
}

/** Lines written per stream.write call: fewer, larger writes. */
const WRITE_BATCH_LINES = 256;

/**
 * Writes whole lines until `lines` lines or at least `bytes` bytes are out; does not end the stream.
 * `points` counts the Point lines written, by metric.
 */
export async function writeK6Output(
  stream: Writable,
  limit: { seed: number; lines?: number; bytes?: number },
): Promise<{ lines: number; bytes: number; points: Record<string, number> }> {
  const maxLines = limit.lines ?? Number.POSITIVE_INFINITY;
  const maxBytes = limit.bytes ?? Number.POSITIVE_INFINITY;
  if (maxLines === Number.POSITIVE_INFINITY && maxBytes === Number.POSITIVE_INFINITY) {
    throw new Error('writeK6Output needs a limit: lines or bytes');
  }
  let lines = 0;
  let bytes = 0;
  let batch = '';
  let batchLines = 0;
  const points: Record<string, number> = {};
  for (const line of k6OutputLines(limit.seed)) {
    if (lines >= maxLines || bytes >= maxBytes) break;
    if (line.expected.kind === 'point') {
      const { metric } = line.expected.point;
      points[metric] = (points[metric] ?? 0) + 1;
    }
    const text = `${line.text}\n`;
    batch += text;
    batchLines++;
    lines++;
    bytes += Buffer.byteLength(text);
    if (batchLines === WRITE_BATCH_LINES) {
      if (!stream.write(batch)) await once(stream, 'drain');
      batch = '';
      batchLines = 0;
    }
  }
  if (batch !== '' && !stream.write(batch)) await once(stream, 'drain');
  return { lines, bytes, points };
}
