import type { StoreApi } from 'zustand/vanilla';
import {
  buildApiSurface,
  type CallReply,
  type Invoke,
  surfaceMethod,
  type WarroomApi,
  type WarroomBridge,
} from '../../shared/api';
import { ApiError } from '../../shared/apiErrors';
import { type ConnectionState, createConnectionStore } from '../state/connectionStore';
import { clientId, takeAccessToken } from './clientIdentity';
import { WebSocketClient } from './webSocketClient';

/** The UI's one handle on the host, whichever carrier is underneath. */
export interface HostConnection {
  readonly api: WarroomApi;
  readonly connection: StoreApi<ConnectionState>;
  /** Fires after every successful introduction: the first connect and each reconnect. */
  onSessionStart(listener: () => void): () => void;
}

declare global {
  interface Window {
    /** Set by the desktop app's preload; absent in a browser. */
    warroomBridge?: WarroomBridge;
  }
}

/** The desktop preload's bridge when there is one, else the serve-mode WebSocket. */
export function openHostConnection(): HostConnection {
  return window.warroomBridge ? desktopConnection(window.warroomBridge) : webSocketConnection();
}

function createSessionStarter(api: WarroomApi, connection: StoreApi<ConnectionState>) {
  const listeners = new Set<() => void>();
  const start = async (): Promise<void> => {
    try {
      const hello = await api.session.hello({ clientId: clientId() });
      connection.setState({ status: 'connected', message: null, ...hello });
      for (const listener of listeners) listener();
    } catch (error) {
      if (error instanceof ApiError && error.code === 'unavailable') return; // the socket dropped; a retry follows
      connection.setState({ status: 'refused', message: `The host refused this client: ${String(error)}` });
    }
  };
  const onSessionStart = (listener: () => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  return { start, onSessionStart };
}

function desktopConnection(bridge: WarroomBridge): HostConnection {
  const invoke: Invoke = async (method, params) => {
    const reply = (await surfaceMethod(bridge, method)(params)) as CallReply<typeof method>;
    if (reply.ok) return reply.result;
    throw ApiError.fromBody(reply.error);
  };
  const api = buildApiSurface(invoke, bridge.on);
  const connection = createConnectionStore();
  const session = createSessionStarter(api, connection);
  queueMicrotask(() => void session.start());
  return { api, connection, onSessionStart: session.onSessionStart };
}

function webSocketConnection(): HostConnection {
  const connection = createConnectionStore();
  const token = takeAccessToken();
  let session: ReturnType<typeof createSessionStarter> | undefined;
  const client = new WebSocketClient(token ?? '', {
    opened: () => void session?.start(),
    closed: (willRetry, message) =>
      connection.setState({ status: willRetry ? 'reconnecting' : 'refused', message }),
  });
  const api = buildApiSurface(client.invoke, (event, listener) => client.events.on(event, listener));
  session = createSessionStarter(api, connection);
  if (token) {
    client.connect();
  } else {
    connection.setState({
      status: 'refused',
      message: 'This URL carries no access token. Open the URL that `warroom serve` printed.',
    });
  }
  return { api, connection, onSessionStart: session.onSessionStart };
}
