import { SERVICE_ROUTES, type ServiceRoute } from '../service/serviceFaults';

/** One fault as a drill names it, turned into the admin request that sets it. */
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

/** Parses `latency 500ms`, `errors 0.1` (or 10%), `crash`, `dependency down`, `cpu 1`, `clear`. */
export function parseFault(args: readonly string[]): FaultRequest {
  const [kind, value, extra] = args;
  switch (kind) {
    case 'latency': {
      const ms = durationMs(value);
      const route = extra === undefined ? undefined : routeOf(extra);
      const where = route ? ` on ${route}` : '';
      return put(
        { latencyMs: ms, latencyRoute: route },
        ms === 0 ? `no added latency${where}` : `latency +${ms} ms${where}`,
        ms === 0,
      );
    }
    case 'errors': {
      const rate = fraction('errors', value);
      return put({ errorRate: rate }, `${round(rate * 100)} % of requests fail with 500`, rate === 0);
    }
    case 'cpu': {
      const share = fraction('cpu', value);
      return put({ cpuBurn: share }, `CPU burn ${round(share * 100)} % of a core`, share === 0);
    }
    case 'crash':
      return {
        method: 'POST',
        path: '/admin/crash',
        body: {},
        description: 'crash the service',
        clears: false,
      };
    case 'dependency': {
      if (value !== 'down' && value !== 'up')
        throw new Error(`dependency: say "down" or "up", not ${JSON.stringify(value ?? '')}`);
      const up = value === 'up';
      return {
        method: 'PUT',
        path: '/admin/dependency',
        body: { up },
        description: `dependency ${value}`,
        clears: up,
      };
    }
    case 'clear':
      return { method: 'DELETE', path: '/admin/faults', description: 'all faults cleared', clears: true };
    default:
      throw new Error(`fault: expected one of ${FAULT_USAGE}; got ${JSON.stringify(kind ?? '')}`);
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

function routeOf(text: string): ServiceRoute {
  const route = SERVICE_ROUTES.find((candidate) => candidate === text);
  if (!route)
    throw new Error(
      `latency: the route must be one of ${SERVICE_ROUTES.join(', ')}; got ${JSON.stringify(text)}`,
    );
  return route;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
