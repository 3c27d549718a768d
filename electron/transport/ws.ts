import { type IncomingMessage, STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import { type WebSocket, WebSocketServer } from 'ws';
import type { Role } from '../../shared/api';
import type { ApiError } from '../../shared/apiErrors';
import { API_SOCKET_PATH, callFrameSchema, MAX_FRAME_BYTES } from '../../shared/wireProtocol';
import { toApiError } from '../host/apiDispatcher';
import type { HostSession, WarroomHost } from '../host/warroomHost';
import type { AccessTokens } from './accessTokens';
import { sendText } from './fragmentedSend';

/** How often the host pings each socket; a client silent for two rounds is gone. */
const HEARTBEAT_MS = 15_000;

/**
 * Unsent bytes past which a client is dropped. Flow control keeps an operator far below this;
 * a viewer does not hold the shell back, so a stalled one is cut off here, reconnects, and
 * repaints from the replay.
 */
const MAX_SOCKET_BACKLOG_BYTES = 16 * 1024 * 1024;

export interface WebSocketCarrierOptions {
  tokens: AccessTokens;
  /** Host names (host[:port] without the port) the page may be reached under. */
  allowedHostNames: Set<string>;
}

/**
 * The contract over a loopback WebSocket (serve mode). Every upgrade is checked for a
 * valid token, an allowed Host and a same-origin Origin before a single message is read.
 */
export class WebSocketCarrier {
  private readonly server = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME_BYTES });
  private readonly heartbeat: NodeJS.Timeout;
  private readonly alive = new WeakSet<WebSocket>();

  constructor(
    private readonly host: WarroomHost,
    private readonly options: WebSocketCarrierOptions,
  ) {
    this.heartbeat = setInterval(() => this.checkAlive(), HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    const refusal = this.refusal(request);
    if (typeof refusal === 'number') {
      socket.end(`HTTP/1.1 ${refusal} ${STATUS_CODES[refusal]}\r\nConnection: close\r\n\r\n`);
      return;
    }
    this.server.handleUpgrade(request, socket, head, (ws) => this.serve(ws, refusal));
  }

  close(): void {
    clearInterval(this.heartbeat);
    for (const client of this.server.clients) client.terminate();
    this.server.close();
  }

  /** The role the upgrade may have, or the HTTP status that refuses it. */
  private refusal(request: IncomingMessage): Role | 401 | 403 | 404 {
    const url = new URL(request.url ?? '/', 'http://placeholder');
    if (url.pathname !== API_SOCKET_PATH) return 404;
    const hostHeader = request.headers.host ?? '';
    if (!this.options.allowedHostNames.has(stripPort(hostHeader))) return 403;
    const origin = request.headers.origin;
    if (origin !== undefined && origin !== `http://${hostHeader}` && origin !== `https://${hostHeader}`) {
      return 403;
    }
    return this.options.tokens.roleFor(url.searchParams.get('token')) ?? 401;
  }

  private serve(ws: WebSocket, role: Role): void {
    this.alive.add(ws);
    ws.on('pong', () => this.alive.add(ws));
    const session = this.host.openSession(role, {
      send: (name, payload) => {
        if (ws.readyState !== ws.OPEN) return;
        if (ws.bufferedAmount > MAX_SOCKET_BACKLOG_BYTES) {
          ws.terminate();
          return;
        }
        sendText(ws, JSON.stringify({ t: 'event', name, payload }));
      },
    });
    ws.on('message', (data, isBinary) => void this.receive(ws, session, data.toString(), isBinary));
    ws.on('close', () => session.close());
    ws.on('error', () => ws.terminate());
  }

  private async receive(ws: WebSocket, session: HostSession, text: string, isBinary: boolean): Promise<void> {
    const frame = isBinary ? undefined : parseJson(text);
    const parsed = callFrameSchema.safeParse(frame);
    if (!parsed.success) {
      const id = callIdOf(frame);
      const error = {
        code: 'bad_request',
        message: 'malformed frame: expected {t:"call", id, method, params}',
      };
      ws.send(JSON.stringify(id === null ? { t: 'error', error } : { t: 'result', id, ok: false, error }));
      return;
    }
    const { id, method, params } = parsed.data;
    try {
      const result = await session.call(method, params);
      reply(ws, { t: 'result', id, ok: true, result });
    } catch (error) {
      const apiError: ApiError = toApiError(error);
      reply(ws, { t: 'result', id, ok: false, error: apiError.toBody() });
    }
  }

  private checkAlive(): void {
    for (const ws of this.server.clients) {
      if (!this.alive.has(ws)) {
        ws.terminate();
        continue;
      }
      this.alive.delete(ws);
      ws.ping();
    }
  }
}

function reply(ws: WebSocket, frame: object): void {
  if (ws.readyState === ws.OPEN) sendText(ws, JSON.stringify(frame));
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The id of a frame that failed validation, when it has a usable one, so the caller can match the error. */
function callIdOf(frame: unknown): number | null {
  if (typeof frame !== 'object' || frame === null) return null;
  const id = (frame as { id?: unknown }).id;
  return typeof id === 'number' && Number.isInteger(id) && id >= 0 ? id : null;
}

function stripPort(hostHeader: string): string {
  return hostHeader.replace(/:\d+$/, '');
}
