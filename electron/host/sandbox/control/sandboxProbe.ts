import { type ActiveFaults, activeFaultsSchema, type SandboxHealth } from '../../../../shared/sandboxTypes';

/** A loopback health check answers in milliseconds; two seconds of silence is a service that is gone. */
const PROBE_TIMEOUT_MS = 2_000;

/** What one look at the service found: its health, and the faults in force when it answered. */
export interface SandboxLook {
  health: SandboxHealth;
  faults: ActiveFaults | null;
}

/**
 * Asks the service for /health and /admin/faults. `timed` is told each request's round trip and
 * whether it got a usable answer, for Warroom's poll metrics.
 */
export async function lookAtSandbox(
  servicePort: number,
  lastUpAt: number | null,
  timed: (seconds: number, ok: boolean) => void,
): Promise<SandboxLook> {
  const body = await timedJson(`http://127.0.0.1:${servicePort}/health`, timed);
  const checkedAt = Date.now();
  if (!isRecord(body)) {
    return {
      health: { status: 'UNREACHABLE', version: null, checkedAt, lastUpAt, dependencies: [] },
      faults: null,
    };
  }
  const status = body.status === 'UP' ? 'UP' : 'DEGRADED';
  const health: SandboxHealth = {
    status,
    version: typeof body.version === 'string' ? body.version : null,
    checkedAt,
    lastUpAt: status === 'UP' ? checkedAt : lastUpAt,
    dependencies: Object.entries(isRecord(body.dependencies) ? body.dependencies : {}).map(
      ([name, value]) => ({
        name,
        status: isRecord(value) ? String(value.status) : 'unknown',
        kind: isRecord(value) ? String(value.kind) : 'unknown',
      }),
    ),
  };
  const admin = await timedJson(`http://127.0.0.1:${servicePort}/admin/faults`, timed);
  if (!isRecord(admin) || !isRecord(admin.faults)) return { health, faults: null };
  const dependencyUp = isRecord(admin.dependency) && admin.dependency.status === 'UP';
  const parsed = activeFaultsSchema.safeParse({ ...admin.faults, dependencyUp });
  return { health, faults: parsed.success ? parsed.data : null };
}

async function timedJson(url: string, timed: (seconds: number, ok: boolean) => void): Promise<unknown> {
  const started = performance.now();
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(PROBE_TIMEOUT_MS) });
    const body: unknown = await response.json();
    timed((performance.now() - started) / 1000, response.ok);
    return response.ok ? body : null;
  } catch {
    timed((performance.now() - started) / 1000, false);
    return null;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
