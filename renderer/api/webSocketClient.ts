import type { Invoke, MethodName } from '../../shared/api';
import { isEventName } from '../../shared/api';
import { ApiError } from '../../shared/apiErrors';
import {
  API_SOCKET_PATH,
  type CallFrame,
  hostFrameSchema,
  TOKEN_CHECK_PATH,
  TOKEN_HEADER,
} from '../../shared/wireProtocol';
import { EventListeners } from './eventListeners';

/** First wait before reconnecting; doubles per failure up to the maximum. */
const RECONNECT_INITIAL_MS = 250;
/** A wall screen should come back within seconds once the host is back. */
const RECONNECT_MAX_MS = 5_000;

export interface WebSocketClientCallbacks {
  /** The socket is open: the caller introduces itself before anything else. */
  opened(): void;
  /** The socket closed; `willRetry` is false once the host has refused the token. */
  closed(willRetry: boolean, message: string): void;
}

interface PendingCall {
  resolve(result: unknown): void;
  reject(error: ApiError): void;
}

/** The serve-mode carrier in the browser: calls, events, and reconnection with backoff. */
export class WebSocketClient {
  readonly events = new EventListeners();
  private socket: WebSocket | null = null;
  private readonly pending = new Map<number, PendingCall>();
  private nextCallId = 1;
  private retryDelay = RECONNECT_INITIAL_MS;

  constructor(
    private readonly token: string,
    private readonly callbacks: WebSocketClientCallbacks,
  ) {}

  connect(): void {
    const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
    const url = `${scheme}://${location.host}${API_SOCKET_PATH}?token=${encodeURIComponent(this.token)}`;
    const socket = new WebSocket(url);
    this.socket = socket;
    let opened = false;
    socket.onopen = () => {
      opened = true;
      this.retryDelay = RECONNECT_INITIAL_MS;
      this.callbacks.opened();
    };
    socket.onmessage = (message) => this.receive(message.data);
    socket.onclose = () => {
      this.socket = null;
      this.failPending('the connection to the host was lost');
      void this.afterClose(opened);
    };
  }

  readonly invoke: Invoke = <M extends MethodName>(method: M, params: unknown) => {
    const socket = this.socket;
    if (!socket || socket.readyState !== WebSocket.OPEN) {
      return Promise.reject(new ApiError('unavailable', 'not connected to the host'));
    }
    const id = this.nextCallId++;
    const frame: CallFrame = { t: 'call', id, method, params };
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (r: unknown) => void, reject });
      socket.send(JSON.stringify(frame));
    });
  };

  private receive(raw: unknown): void {
    if (typeof raw !== 'string') return;
    const parsed = hostFrameSchema.safeParse(parseJson(raw));
    if (!parsed.success) return;
    const frame = parsed.data;
    if (frame.t === 'event') {
      if (isEventName(frame.name)) this.events.emit(frame.name, frame.payload);
    } else if (frame.t === 'result') {
      const call = this.pending.get(frame.id);
      if (!call) return;
      this.pending.delete(frame.id);
      if (frame.ok) call.resolve(frame.result);
      else call.reject(ApiError.fromBody(frame.error));
    } else {
      console.warn(`warroom host: ${frame.error.code}: ${frame.error.message}`);
    }
  }

  private failPending(message: string): void {
    for (const call of this.pending.values()) call.reject(new ApiError('unavailable', message));
    this.pending.clear();
  }

  /** Tells a refused token apart from a host that is down, then retries or gives up. */
  private async afterClose(wasOpen: boolean): Promise<void> {
    if (!wasOpen && (await this.tokenRefused())) {
      this.callbacks.closed(
        false,
        'The host refused this URL’s token. Ask for a fresh URL from `warroom serve`.',
      );
      return;
    }
    this.callbacks.closed(true, 'Lost the host; reconnecting…');
    setTimeout(() => this.connect(), this.retryDelay);
    this.retryDelay = Math.min(this.retryDelay * 2, RECONNECT_MAX_MS);
  }

  private async tokenRefused(): Promise<boolean> {
    try {
      const response = await fetch(TOKEN_CHECK_PATH, { headers: { [TOKEN_HEADER]: this.token } });
      return response.status === 401;
    } catch {
      return false;
    }
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
