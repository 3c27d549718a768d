import { clientId, takeAccessToken } from '../../../renderer/api/clientIdentity';
import { WebSocketClient } from '../../../renderer/api/webSocketClient';
import { buildApiSurface, type WarroomApi } from '../../../shared/api';
import { withTimeout } from './withTimeout';

/** Loopback: the socket opens in milliseconds or something is wrong. */
const CONNECT_TIMEOUT_MS = 10_000;

/**
 * Opens the serve-mode connection the console's renderer uses (same client, same token from
 * the URL fragment, same introduction) and resolves once the host has answered the hello.
 */
export async function openHostSession(): Promise<WarroomApi> {
  const token = takeAccessToken();
  if (!token) throw new Error('the bench page URL carries no #token=');
  const client = await withTimeout(connect(token), CONNECT_TIMEOUT_MS, 'the WebSocket did not open');
  const api = buildApiSurface(client.invoke, (event, listener) => client.events.on(event, listener));
  await api.session.hello({ clientId: clientId() });
  return api;
}

function connect(token: string): Promise<WebSocketClient> {
  return new Promise((resolve, reject) => {
    const client = new WebSocketClient(token, {
      opened: () => resolve(client),
      closed: (_willRetry, message) => reject(new Error(message)),
    });
    client.connect();
  });
}
