import type { HostConnection } from '../api/hostConnection';
import type { SandboxStore } from '../state/sandbox/sandboxStore';

/**
 * Keeps the sandbox store in step with the host: the whole status on each (re)connect, then
 * every sandbox.changed, which carries the whole status too.
 */
export function startSandboxSync(host: HostConnection, sandbox: SandboxStore): () => void {
  const stops = [
    host.api.on('sandbox.changed', (status) => sandbox.getState().apply(status)),
    host.onSessionStart(() => void sandbox.getState().refresh()),
  ];
  // The first session may have begun before we listened.
  if (host.connection.getState().status === 'connected') void sandbox.getState().refresh();
  return () => {
    for (const stop of stops) stop();
  };
}
