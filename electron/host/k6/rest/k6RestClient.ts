import type { z } from 'zod';
import { describeFetchFailure } from '../../net/fetchFailure';
import { BODY_EXCERPT_CHARS, REQUEST_TIMEOUT_MS } from './k6RestConstants';
import { notK6Error, refusedError, unreachableError } from './k6RestError';
import {
  errorsDocumentSchema,
  type K6RestMetric,
  metricsDocumentSchema,
  statusDocumentSchema,
} from './k6RestSchemas';
import type { K6RunStatus } from './k6RunStatus';

/** The attributes a `PATCH /v1/status` may carry; k6 2 refuses `vus` and `vus-max`. */
type StatusPatch = { paused: boolean } | { stopped: true };

/**
 * Talks to the REST API of a k6 started with `--address` (k6 2 serves none without it): reads the
 * run's status and metrics, pauses, resumes and stops it. Every failure is a K6RestError saying
 * whether nothing answered, something other than k6 answered, or k6 refused. There is no way to
 * change the number of VUs: k6 2 removed it (LIVE_VU_SCALING_REMOVED_MESSAGE).
 */
export class K6RestClient {
  private readonly baseUrl: string;

  constructor(
    /** host:port as given to `--address` (the workspace's `k6.address`); an IPv6 host in brackets. */
    readonly address: string,
    private readonly timeoutMs = REQUEST_TIMEOUT_MS,
  ) {
    this.baseUrl = `http://${address}`;
  }

  /** The run's status now. `signal` cancels the request (a poller stopping). */
  status(signal?: AbortSignal): Promise<K6RunStatus> {
    return this.request('GET', '/v1/status', null, statusDocumentSchema, 'report its status', signal);
  }

  /** Every metric's values now, in k6's order. */
  metrics(signal?: AbortSignal): Promise<K6RestMetric[]> {
    return this.request('GET', '/v1/metrics', null, metricsDocumentSchema, 'list its metrics', signal);
  }

  /** Pauses the run; k6 refuses when it is already paused. Resolves with the status k6 answers. */
  pause(): Promise<K6RunStatus> {
    return this.patchStatus({ paused: true }, 'pause');
  }

  /** Resumes a paused run; k6 refuses when it is not paused. */
  resume(): Promise<K6RunStatus> {
    return this.patchStatus({ paused: false }, 'resume');
  }

  /** Stops the run for good, as Ctrl+C would; k6 then exits with its "stopped from REST API" code. */
  stop(): Promise<K6RunStatus> {
    return this.patchStatus({ stopped: true }, 'stop');
  }

  private patchStatus(attributes: StatusPatch, action: string): Promise<K6RunStatus> {
    const document = { data: { type: 'status', id: 'default', attributes } };
    return this.request('PATCH', '/v1/status', document, statusDocumentSchema, action);
  }

  private async request<T>(
    method: 'GET' | 'PATCH',
    path: string,
    document: object | null,
    schema: z.ZodType<T>,
    action: string,
    signal?: AbortSignal,
  ): Promise<T> {
    const timeout = AbortSignal.timeout(this.timeoutMs);
    let status: number;
    let contentType: string;
    let body: string;
    try {
      const response = await fetch(`${this.baseUrl}${path}`, {
        method,
        headers: { accept: 'application/json', 'content-type': 'application/json' },
        body: document ? JSON.stringify(document) : undefined,
        signal: signal ? AbortSignal.any([timeout, signal]) : timeout,
      });
      status = response.status;
      contentType = response.headers.get('content-type') ?? '';
      body = await response.text();
    } catch (error) {
      throw unreachableError(this.address, this.unreachableReason(error, timeout));
    }
    const request = `${method} ${path}`;
    const answered = describeAnswer(status, contentType, body);
    const json = parseJson(body);
    if (status >= 200 && status < 300) {
      const parsed = schema.safeParse(json);
      if (parsed.success) return parsed.data;
      throw notK6Error(this.address, request, answered);
    }
    const refusal = errorsDocumentSchema.safeParse(json);
    if (refusal.success) throw refusedError(this.address, action, refusal.data);
    throw notK6Error(this.address, request, answered);
  }

  /** "no answer within 2 s", "connection refused", …: why fetch failed, in words. */
  private unreachableReason(error: unknown, timeout: AbortSignal): string {
    if (timeout.aborted) return `no answer within ${this.timeoutMs / 1000} s`;
    if (error instanceof DOMException && error.name === 'AbortError') return 'the request was cancelled';
    return describeFetchFailure(error);
  }
}

/** `HTTP 200 text/html: "<!doctype html>…"`: enough of an answer to recognise what gave it. */
function describeAnswer(status: number, contentType: string, body: string): string {
  const oneLine = body.replace(/\s+/g, ' ').trim();
  const excerpt = oneLine.length > BODY_EXCERPT_CHARS ? `${oneLine.slice(0, BODY_EXCERPT_CHARS)}…` : oneLine;
  const type = contentType ? ` ${contentType}` : '';
  return `HTTP ${status}${type}: ${excerpt ? JSON.stringify(excerpt) : 'an empty body'}`;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
