/** What one progress interval saw. */
export interface IntervalStats {
  requestsPerSecond: number;
  /** Null when no response arrived in the interval. */
  latencyP50Ms: number | null;
  latencyP95Ms: number | null;
}

/** Counts a run's responses and errors, in total and per progress interval. */
export class LoadTally {
  requests = 0;
  errors = 0;
  non2xx = 0;
  /** The latest request error's message, so a summary can say why requests failed. */
  lastError: string | null = null;
  private latencies: number[] = [];
  private intervalStart: number;

  constructor(now: number) {
    this.intervalStart = now;
  }

  response(statusCode: number, latencyMs: number): void {
    this.requests++;
    if (statusCode < 200 || statusCode > 299) this.non2xx++;
    this.latencies.push(latencyMs);
  }

  error(error: unknown): void {
    this.errors++;
    this.lastError = error instanceof Error ? error.message : String(error);
  }

  /** Closes the current interval at `now` and starts the next. */
  closeInterval(now: number): IntervalStats {
    const sorted = this.latencies.sort((a, b) => a - b);
    const seconds = Math.max(now - this.intervalStart, 1) / 1000;
    const stats = {
      requestsPerSecond: sorted.length / seconds,
      latencyP50Ms: percentile(sorted, 0.5),
      latencyP95Ms: percentile(sorted, 0.95),
    };
    this.latencies = [];
    this.intervalStart = now;
    return stats;
  }
}

/** The nearest-rank percentile of sorted values, or null for none. */
export function percentile(sorted: readonly number[], fraction: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? null;
}
