import type { HealthEndpointStatus } from '../../../../shared/dashboardTypes';
import { describeFetchFailure } from '../../net/fetchFailure';
import { type HealthReading, readHealthBody } from './healthBody';

/** A health check that takes longer than this is as good as down for a war room. */
const HEALTH_TIMEOUT_MS = 2_000;

/** The most of a health answer read: they are a few hundred bytes; a page of HTML is not one. */
const MAX_BODY_CHARS = 64 * 1024;

/** The source label of these checks in Warroom's own poll metrics. */
const POLL_SOURCE = 'health';

export interface HealthPollerOptions {
  endpoints: readonly { name: string; url: string }[];
  intervalMs: number;
  /** Told every check's round trip, for Warroom's metrics. */
  timedPoll?: (source: string, seconds: number, ok: boolean) => void;
  onChange(statuses: HealthEndpointStatus[]): void;
}

/** Checks an environment's health endpoints, all at once, every interval. */
export class HealthPoller {
  private statuses: HealthEndpointStatus[];
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(private readonly options: HealthPollerOptions) {
    this.statuses = options.endpoints.map(({ name, url }) => ({
      name,
      url,
      status: 'UNKNOWN',
      httpStatus: null,
      version: null,
      dependencies: [],
      checkedAt: null,
      lastUpAt: null,
      problem: null,
    }));
  }

  current(): HealthEndpointStatus[] {
    return this.statuses;
  }

  start(): void {
    if (this.options.endpoints.length > 0) void this.round();
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
  }

  private async round(): Promise<void> {
    this.statuses = await Promise.all(this.statuses.map((previous) => this.check(previous)));
    if (this.stopped) return;
    this.options.onChange(this.statuses);
    this.timer = setTimeout(() => void this.round(), this.options.intervalMs);
  }

  private async check(previous: HealthEndpointStatus): Promise<HealthEndpointStatus> {
    const started = performance.now();
    const checkedAt = Date.now();
    const answer = await checkHealthEndpoint(previous.url);
    this.options.timedPoll?.(POLL_SOURCE, (performance.now() - started) / 1000, answer.reachable);
    if (!answer.reachable) {
      return { ...previous, status: 'UNREACHABLE', httpStatus: null, checkedAt, problem: answer.problem };
    }
    const { reachable: _, ...reading } = answer;
    return {
      ...previous,
      ...reading,
      checkedAt,
      lastUpAt: reading.status === 'UP' ? checkedAt : previous.lastUpAt,
    };
  }
}

/** One health check's outcome: what the endpoint said, or why nothing usable answered. */
export type HealthCheck =
  | (HealthReading & { reachable: true; httpStatus: number; problem: string | null })
  | { reachable: false; status: 'UNREACHABLE'; problem: string };

/** Asks one health endpoint once and reads its answer; `problem` says why it is not UP. */
export async function checkHealthEndpoint(url: string, timeoutMs = HEALTH_TIMEOUT_MS): Promise<HealthCheck> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    const text = (await response.text()).slice(0, MAX_BODY_CHARS);
    const reading = readHealthBody(response.status, parseJson(text));
    return {
      ...reading,
      reachable: true,
      httpStatus: response.status,
      problem: reading.status === 'UP' ? null : `answered ${response.status}`,
    };
  } catch (error) {
    return { reachable: false, status: 'UNREACHABLE', problem: reasonOf(error, timeoutMs) };
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** "no answer within 2 s", "connection refused": the cause fetch buries. */
function reasonOf(error: unknown, timeoutMs: number): string {
  if (error instanceof DOMException && error.name === 'TimeoutError')
    return `no answer within ${timeoutMs / 1000} s`;
  return describeFetchFailure(error);
}
