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

/** Node's error codes (and undici's) as a person says them. */
const REASONS: Readonly<Record<string, string>> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  EPIPE: 'connection reset',
  UND_ERR_SOCKET: 'the connection closed before an answer',
  ENOTFOUND: 'its host name does not resolve (DNS)',
  EAI_AGAIN: 'its host name could not be resolved now (DNS)',
  EHOSTUNREACH: 'no route to its host',
  ENETUNREACH: 'no route to its network',
  ETIMEDOUT: 'the connection timed out',
  UND_ERR_CONNECT_TIMEOUT: 'the connection timed out',
  CERT_HAS_EXPIRED: 'its TLS certificate has expired',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'its TLS certificate is self-signed and not trusted',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'its TLS certificate is not trusted',
  ERR_TLS_CERT_ALTNAME_INVALID: 'its TLS certificate does not name this host',
};

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

/** Why fetch failed, in words, from the error it threw (or the cause it wraps). */
function unreachableReason(error: unknown, timeoutMs: number): string {
  if (error instanceof DOMException && error.name === 'TimeoutError') {
    return `no answer within ${timeoutMs} ms`;
  }
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  const code = errorCode(cause);
  const known = code ? REASONS[code] : undefined;
  if (known) return known;
  return cause instanceof Error ? cause.message : String(cause);
}

/** A Node error's code; for a host with several addresses (AggregateError), the first one's. */
function errorCode(error: unknown): string | undefined {
  if (error instanceof AggregateError) return errorCode(error.errors[0]);
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}
