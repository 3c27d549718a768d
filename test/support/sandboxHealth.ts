import { serviceHealth } from '../../electron/host/sandbox/control/sandboxAdminClient';

/** The sandbox service's /health status, or 'unreachable' while it does not answer. */
export async function healthOf(port: number): Promise<string> {
  const health = await serviceHealth(port);
  return typeof health?.status === 'string' ? health.status : 'unreachable';
}
