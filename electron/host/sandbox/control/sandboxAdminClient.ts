import type { FaultRequest } from './faultRequest';

/** How long an admin call may take; the service answers at once unless it is gone. */
const ADMIN_TIMEOUT_MS = 5_000;

/** Sends one fault to the service's admin endpoint and returns its answer. */
export async function sendFault(servicePort: number, fault: FaultRequest): Promise<unknown> {
  const response = await fetch(`http://127.0.0.1:${servicePort}${fault.path}`, {
    method: fault.method,
    headers: fault.body === undefined ? {} : { 'content-type': 'application/json' },
    body: fault.body === undefined ? undefined : JSON.stringify(fault.body),
    signal: AbortSignal.timeout(ADMIN_TIMEOUT_MS),
  });
  const answer = (await response.json()) as { error?: string };
  if (!response.ok)
    throw new Error(`the sandbox refused "${fault.description}": ${answer.error ?? response.status}`);
  return answer;
}

/** The faults in force, as the service reports them, or null when it does not answer. */
export async function currentFaults(servicePort: number): Promise<unknown> {
  try {
    const response = await fetch(`http://127.0.0.1:${servicePort}/admin/faults`, {
      signal: AbortSignal.timeout(ADMIN_TIMEOUT_MS),
    });
    return ((await response.json()) as { faults?: unknown }).faults ?? null;
  } catch {
    return null;
  }
}

/** What /health says, or null when the service does not answer. */
export async function serviceHealth(servicePort: number): Promise<Record<string, unknown> | null> {
  try {
    const response = await fetch(`http://127.0.0.1:${servicePort}/health`, {
      signal: AbortSignal.timeout(ADMIN_TIMEOUT_MS),
    });
    return (await response.json()) as Record<string, unknown>;
  } catch {
    return null;
  }
}
