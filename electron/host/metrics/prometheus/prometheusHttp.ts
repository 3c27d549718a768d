import { describeFetchFailure } from '../../net/fetchFailure';
import { PrometheusUnreachableError } from './prometheusErrors';

/** How the client reaches Prometheus: where, for how long, and with which Authorization header. */
export interface PrometheusConnection {
  /** Scheme, host, port and path prefix; never credentials. */
  baseUrl: string;
  timeoutMs: number;
  /** The Authorization header's value, or null to send none. */
  authorization: string | null;
}

/** A whole HTTP answer, body read: what answered is judged elsewhere. */
export interface HttpAnswer {
  status: number;
  statusText: string;
  contentType: string;
  body: string;
}

/**
 * Sends one request to `path` under the base URL and reads the whole answer, the body included,
 * within the connection's timeout. Throws PrometheusUnreachableError when nothing answers in time.
 */
export async function sendRequest(
  connection: PrometheusConnection,
  path: string,
  init: { method: 'GET' } | { method: 'POST'; form: URLSearchParams },
): Promise<HttpAnswer> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (connection.authorization) headers.authorization = connection.authorization;
  if (init.method === 'POST') headers['content-type'] = 'application/x-www-form-urlencoded';
  try {
    const response = await fetch(`${connection.baseUrl}${path}`, {
      method: init.method,
      headers,
      body: init.method === 'POST' ? init.form.toString() : undefined,
      signal: AbortSignal.timeout(connection.timeoutMs),
    });
    const body = await response.text();
    return {
      status: response.status,
      statusText: response.statusText,
      contentType: response.headers.get('content-type') ?? '',
      body,
    };
  } catch (error) {
    throw new PrometheusUnreachableError(connection.baseUrl, unreachableReason(error, connection.timeoutMs));
  }
}

/** Why fetch failed, in words. */
function unreachableReason(error: unknown, timeoutMs: number): string {
  if (error instanceof DOMException && error.name === 'TimeoutError') {
    return `no answer within ${timeoutMs} ms`;
  }
  return describeFetchFailure(error);
}
