import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { TOKEN_CHECK_PATH, TOKEN_HEADER } from '../../shared/wireProtocol';
import { METRICS_PATH } from '../host/metrics/metricsEndpoint';
import type { WarroomHost } from '../host/warroomHost';
import { AccessTokens } from './accessTokens';
import { checkListenHost, isWildcard, reachableHostNames } from './listenAddress';
import { readRendererAsset } from './rendererAssets';
import { WebSocketCarrier } from './ws';

export interface ServeOptions {
  host: string;
  /** 0 picks a free port. */
  port: number;
  allowRemote: boolean;
  /** Also mint a read-only viewer token. */
  viewer: boolean;
  /** The built renderer (out/renderer). */
  rendererDir: string;
}

export interface RunningServer {
  readonly operatorUrl: string;
  readonly viewerUrl: string | null;
  readonly port: number;
  /** Further addresses the same URLs work under, when listening on every interface. */
  readonly otherOrigins: string[];
  close(): Promise<void>;
}

/** Serve mode: the built UI over HTTP and the contract over a WebSocket, with tokens. */
export async function startServeServer(host: WarroomHost, options: ServeOptions): Promise<RunningServer> {
  const refusal = checkListenHost(options.host, options.allowRemote);
  if (refusal) throw new Error(refusal);
  const tokens = new AccessTokens({ viewer: options.viewer });
  const carrier = new WebSocketCarrier(host, {
    tokens,
    allowedHostNames: reachableHostNames(options.host),
  });
  const server = createServer((request, response) => {
    void answer(request, response, tokens, options.rendererDir, host);
  });
  server.on('upgrade', (request, socket, head) => carrier.handleUpgrade(request, socket, head));
  await listen(server, options.host, options.port);
  const port = (server.address() as AddressInfo).port;
  const [first, ...others] = pageOrigins(options.host, port);
  const base = `${first}/`;
  host.metricsServedAt(new URL(first ?? `http://127.0.0.1:${port}`).host, METRICS_PATH);
  return {
    port,
    otherOrigins: others,
    operatorUrl: `${base}#token=${tokens.operator}`,
    viewerUrl: tokens.viewer ? `${base}#token=${tokens.viewer}` : null,
    close: () => {
      carrier.close();
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

async function answer(
  request: IncomingMessage,
  response: ServerResponse,
  tokens: AccessTokens,
  rendererDir: string,
  host: WarroomHost,
): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  const path = new URL(request.url ?? '/', 'http://placeholder').pathname;
  if (path === TOKEN_CHECK_PATH) {
    const header = request.headers[TOKEN_HEADER.toLowerCase()];
    const role = tokens.roleFor(typeof header === 'string' ? header : null);
    response.writeHead(role ? 204 : 401, { 'Cache-Control': 'no-store' }).end();
    return;
  }
  if (path === METRICS_PATH) {
    // Counts and timings only, nothing of the journal's content: open like the page itself.
    const text = await host.metrics.registry.metrics();
    response.writeHead(200, {
      'Content-Type': host.metrics.registry.contentType,
      'Cache-Control': 'no-store',
    });
    response.end(request.method === 'HEAD' ? undefined : text);
    return;
  }
  const asset = await readRendererAsset(rendererDir, path);
  response.writeHead(asset.status, { ...asset.headers, 'Cache-Control': 'no-cache' });
  response.end(request.method === 'HEAD' ? undefined : asset.body);
}

function listen(server: Server, host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

/** Where a browser can open the console: the listen address, or for a wildcard each interface. */
function pageOrigins(host: string, port: number): string[] {
  if (!isWildcard(host)) return [`http://${host.includes(':') ? `[${host}]` : host}:${port}`];
  // IPv4 only: link-local IPv6 addresses need a zone id no browser takes in a URL.
  const names = [...reachableHostNames(host)].filter((name) => name !== 'localhost' && !name.startsWith('['));
  return names.map((name) => `http://${name}:${port}`);
}
