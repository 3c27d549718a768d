import type { z } from 'zod';
import {
  type AnswerContext,
  checkAuthorized,
  describeBody,
  excerpt,
  isHtml,
  type PrometheusAnswer,
  readApiAnswer,
  statusLine,
} from './prometheusAnswer';
import { DEFAULT_TIMEOUT_MS } from './prometheusConstants';
import { PrometheusResponseError } from './prometheusErrors';
import { type HttpAnswer, type PrometheusConnection, sendRequest } from './prometheusHttp';
import {
  type Alerts,
  alertsSchema,
  type Matrix,
  matrixSchema,
  type QueryResult,
  queryResultSchema,
  type Rules,
  rulesSchema,
  type Targets,
  targetsSchema,
} from './prometheusSchemas';

/** How to authenticate to Prometheus: the secrets' values, resolved by the caller. */
export type PrometheusCredentials =
  | { kind: 'bearer'; token: string }
  | { kind: 'basic'; username: string; password: string }
  | null;

export interface PrometheusClientOptions {
  /** http(s)://host:port, with a path prefix if Prometheus runs under one; never credentials. */
  baseUrl: string;
  /** The most one request may take, body included; DEFAULT_TIMEOUT_MS when absent. */
  timeoutMs?: number;
  auth: PrometheusCredentials;
  /** Told of every request once it ends (e.g. WarroomMetrics.poll); `ok` is false when it rejected. */
  onRequest?: (endpoint: string, seconds: number, ok: boolean) => void;
}

export type PrometheusReadiness = { ready: true } | { ready: false; reason: string };

/** The range query that range-query users need, so that a test can stand in for Prometheus. */
export interface RangeQuerier {
  queryRange(
    expr: string,
    startSeconds: number,
    endSeconds: number,
    stepSeconds: number,
  ): Promise<PrometheusAnswer<Matrix>>;
}

/**
 * Prometheus's HTTP API, checked: each method resolves to typed data and Prometheus's warnings, or
 * rejects with PrometheusUnreachableError (nothing answered in time), PrometheusQueryError
 * (Prometheus refused the request, in its own words) or PrometheusResponseError (something
 * answered, but not usably: wrong credentials, a proxy's page).
 */
export class PrometheusClient implements RangeQuerier {
  private readonly connection: PrometheusConnection;
  private readonly onRequest: PrometheusClientOptions['onRequest'];

  constructor(options: PrometheusClientOptions) {
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) {
      throw new RangeError(`timeoutMs must be a positive number of milliseconds, got ${timeoutMs}`);
    }
    this.connection = {
      baseUrl: normalizeBaseUrl(options.baseUrl),
      timeoutMs,
      authorization: authorizationHeader(options.auth),
    };
    this.onRequest = options.onRequest;
  }

  /** The URL requests go to (never with credentials). */
  get baseUrl(): string {
    return this.connection.baseUrl;
  }

  /** /-/ready: true once Prometheus serves queries, else false with its answer. */
  ready(): Promise<PrometheusReadiness> {
    return this.timed('/-/ready', async (endpoint) => {
      const answer = await sendRequest(this.connection, endpoint, { method: 'GET' });
      const context = this.context(endpoint);
      checkAuthorized(answer, context);
      if (isHtml(answer)) {
        const what = `Prometheus at ${this.baseUrl} answered ${endpoint} with HTTP ${statusLine(answer)}`;
        throw new PrometheusResponseError(`${what} and ${describeBody(answer)}`, answer.status, endpoint);
      }
      if (answer.status === 200) return { ready: true };
      return { ready: false, reason: notReadyReason(this.baseUrl, answer) };
    });
  }

  /** An instant query at `timeSeconds` (Prometheus's now when absent); POSTed, so long expressions fit. */
  query(expr: string, timeSeconds?: number): Promise<PrometheusAnswer<QueryResult>> {
    const form = new URLSearchParams({ query: expr });
    if (timeSeconds !== undefined) form.set('time', formatSeconds(timeSeconds));
    return this.api('/api/v1/query', queryResultSchema, form);
  }

  /**
   * A range query: the expression at start, start + step, … ≤ end (seconds). Prometheus refuses more
   * than MAX_POINTS_PER_RANGE_QUERY points per series; SeriesWindow splits its requests below that.
   */
  async queryRange(
    expr: string,
    startSeconds: number,
    endSeconds: number,
    stepSeconds: number,
  ): Promise<PrometheusAnswer<Matrix>> {
    if (!(stepSeconds > 0) || !(endSeconds >= startSeconds)) {
      throw new RangeError(
        `a range query needs step > 0 and end ≥ start (got start ${startSeconds}, end ${endSeconds}, step ${stepSeconds})`,
      );
    }
    const form = new URLSearchParams({
      query: expr,
      start: formatSeconds(startSeconds),
      end: formatSeconds(endSeconds),
      step: formatSeconds(stepSeconds),
    });
    return this.api('/api/v1/query_range', matrixSchema, form);
  }

  /** The alerts pending or firing now. */
  alerts(): Promise<PrometheusAnswer<Alerts>> {
    return this.api('/api/v1/alerts', alertsSchema);
  }

  /** The rule groups loaded, with each rule's health and, for alerting rules, state and alerts. */
  rules(): Promise<PrometheusAnswer<Rules>> {
    return this.api('/api/v1/rules', rulesSchema);
  }

  /** The scrape targets: active ones with their health and last error, and those relabelling dropped. */
  targets(): Promise<PrometheusAnswer<Targets>> {
    return this.api('/api/v1/targets', targetsSchema);
  }

  /** One API call: GET, or POST with a form; its answer judged by readApiAnswer. */
  private api<S extends z.ZodType>(
    endpoint: string,
    schema: S,
    form?: URLSearchParams,
  ): Promise<PrometheusAnswer<z.output<S>>> {
    return this.timed(endpoint, async () => {
      const init = form ? { method: 'POST' as const, form } : { method: 'GET' as const };
      const answer: HttpAnswer = await sendRequest(this.connection, endpoint, init);
      return readApiAnswer(answer, schema, this.context(endpoint));
    });
  }

  /** Runs one request and tells onRequest how long it took and whether it resolved. */
  private async timed<T>(endpoint: string, request: (endpoint: string) => Promise<T>): Promise<T> {
    const started = performance.now();
    let ok = false;
    try {
      const result = await request(endpoint);
      ok = true;
      return result;
    } finally {
      this.onRequest?.(endpoint, (performance.now() - started) / 1000, ok);
    }
  }

  private context(endpoint: string): AnswerContext {
    return { baseUrl: this.baseUrl, endpoint, authenticated: this.connection.authorization !== null };
  }
}

/**
 * The base URL as requests are built from it: http or https, no credentials (they go in `auth`,
 * and fetch refuses them anyway), no query or fragment, no trailing slash.
 */
function normalizeBaseUrl(text: string): string {
  if (!URL.canParse(text))
    throw new TypeError('the Prometheus URL is not a URL (expected e.g. http://127.0.0.1:9090)');
  const url = new URL(text);
  if (url.username || url.password) {
    throw new TypeError('credentials do not belong in the Prometheus URL; pass them as auth');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new TypeError(`the Prometheus URL must be http or https, not ${url.protocol.slice(0, -1)}`);
  }
  if (url.search || url.hash) {
    throw new TypeError(
      `the Prometheus URL must not carry a query or fragment: ${url.origin}${url.pathname}`,
    );
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

function authorizationHeader(auth: PrometheusCredentials): string | null {
  if (auth === null) return null;
  if (auth.kind === 'bearer') {
    // fetch would quote a bad header value in its error: refuse it here, without repeating it.
    if (!/^[\x21-\x7e]+$/.test(auth.token)) {
      throw new TypeError(
        'the bearer token is empty or has characters an HTTP header cannot carry (a space or line break?); check its secret',
      );
    }
    return `Bearer ${auth.token}`;
  }
  if (auth.username.includes(':')) {
    throw new TypeError('a basic-auth username cannot contain ":" (RFC 7617)');
  }
  return `Basic ${Buffer.from(`${auth.username}:${auth.password}`, 'utf8').toString('base64')}`;
}

/** Seconds as Prometheus takes them: a decimal number, to the millisecond it stores. */
function formatSeconds(seconds: number): string {
  return String(Math.round(seconds * 1000) / 1000);
}

/** Why /-/ready said no: its status, and its text when it adds something ("Service Unavailable"). */
function notReadyReason(baseUrl: string, answer: HttpAnswer): string {
  const text = answer.body.trim();
  const said = text && text !== answer.statusText ? `: "${excerpt(text)}"` : '';
  return `Prometheus at ${baseUrl} is not ready (HTTP ${statusLine(answer)}${said})`;
}
