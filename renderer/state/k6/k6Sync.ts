import type { HostConnection } from '../../api/hostConnection';
import type { K6StatusStore } from './k6StatusStore';

/**
 * Keeps the k6 status in step with the host: the whole status on each (re)connect, then every
 * k6.status event, which carries the whole status too.
 */
export function startK6Sync(host: HostConnection, status: K6StatusStore): () => void {
  const stops = [
    host.api.on('k6.status', (next) => status.getState().apply(next)),
    host.onSessionStart(() => void status.getState().refresh()),
  ];
  // The first session may have begun before we listened.
  if (host.connection.getState().status === 'connected') void status.getState().refresh();
  return () => {
    for (const stop of stops) stop();
  };
}
