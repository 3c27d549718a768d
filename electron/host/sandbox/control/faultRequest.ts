import { type FaultSpec, SANDBOX_ROUTES, type SandboxRoute } from '../../../../shared/sandboxTypes';

/** One fault turned into the admin request that sets it. */
export interface FaultRequest {
  method: 'PUT' | 'POST' | 'DELETE';
  path: string;
  body?: unknown;
  /** For the journal and the console: "latency +500 ms on /api/feed". */
  description: string;
  /** Whether this takes faults away (journaled as fault.cleared) rather than adding one. */
  clears: boolean;
}

export const FAULT_USAGE =
  'latency DURATION [ROUTE] | errors FRACTION | crash | dependency down|up | cpu SHARE | clear';

/** Parses the CLI's words: `latency 500ms`, `errors 0.1` (or 10%), `crash`, `dependency down`, `cpu 1`, `clear`. */
export function parseFaultArgs(args: readonly string[]): FaultSpec {
  const [kind, value, extra] = args;
  switch (kind) {
    case 'latency':
      return {
        kind,
        ms: durationMs(value),
        ...(extra === undefined ? {} : { route: routeOf(extra) }),
      };
    case 'errors':
      return { kind, rate: fraction('errors', value) };
    case 'cpu':
      return { kind, share: fraction('cpu', value) };
    case 'crash':
    case 'clear':
      return { kind };
    case 'dependency':
      if (value !== 'down' && value !== 'up')
        throw new Error(`dependency: say "down" or "up", not ${JSON.stringify(value ?? '')}`);
      return { kind, state: value };
    default:
      throw new Error(`fault: expected one of ${FAULT_USAGE}; got ${JSON.stringify(kind ?? '')}`);
  }
}

/** The admin request that sets or clears a fault, with its description for the journal. */
export function faultRequestFor(fault: FaultSpec): FaultRequest {
  switch (fault.kind) {
    case 'latency': {
      const where = fault.route ? ` on ${fault.route}` : '';
      return put(
        { latencyMs: fault.ms, latencyRoute: fault.route },
        fault.ms === 0 ? `no added latency${where}` : `latency +${fault.ms} ms${where}`,
        fault.ms === 0,
      );
    }
    case 'errors':
      return put(
        { errorRate: fault.rate },
        `${round(fault.rate * 100)} % of requests fail with 500`,
        fault.rate === 0,
      );
    case 'cpu':
      return put(
        { cpuBurn: fault.share },
        `CPU burn ${round(fault.share * 100)} % of a core`,
        fault.share === 0,
      );
    case 'crash':
      return {
        method: 'POST',
        path: '/admin/crash',
        body: {},
        description: 'crash the service',
        clears: false,
      };
    case 'dependency':
      return {
        method: 'PUT',
        path: '/admin/dependency',
        body: { up: fault.state === 'up' },
        description: `dependency ${fault.state}`,
        clears: fault.state === 'up',
      };
    case 'clear':
      return { method: 'DELETE', path: '/admin/faults', description: 'all faults cleared', clears: true };
  }
}

function put(body: object, description: string, clears: boolean): FaultRequest {
  return { method: 'PUT', path: '/admin/faults', body, description, clears };
}

/** 500ms, 0.5s, 2m, or a bare number of milliseconds. */
function durationMs(text: string | undefined): number {
  const match = /^(\d+(?:\.\d+)?)(ms|s|m)?$/.exec(text ?? '');
  if (!match)
    throw new Error(`latency: expected a duration such as 500ms or 2s, got ${JSON.stringify(text ?? '')}`);
  const scale = { ms: 1, s: 1_000, m: 60_000 }[match[2] ?? 'ms'] ?? 1;
  return Math.round(Number(match[1]) * scale);
}

/** 0.1, or 10%: a share from 0 to 1. */
function fraction(kind: string, text: string | undefined): number {
  const match = /^(\d+(?:\.\d+)?)(%)?$/.exec(text ?? '');
  const value = match ? Number(match[1]) / (match[2] ? 100 : 1) : Number.NaN;
  if (!(value >= 0 && value <= 1))
    throw new Error(
      `${kind}: expected a share from 0 to 1 (or 0% to 100%), got ${JSON.stringify(text ?? '')}`,
    );
  return value;
}

function routeOf(text: string): SandboxRoute {
  const route = SANDBOX_ROUTES.find((candidate) => candidate === text);
  if (!route)
    throw new Error(
      `latency: the route must be one of ${SANDBOX_ROUTES.join(', ')}; got ${JSON.stringify(text)}`,
    );
  return route;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
