import type { K6RestClient } from './k6RestClient';
import { MAX_RETRY_BACKOFF_MS, STATUS_POLL_INTERVAL_MS } from './k6RestConstants';
import { K6RestError, type K6RestFailure, unreachableError } from './k6RestError';
import type { K6RunStatus } from './k6RunStatus';

/**
 * A change in whether k6's REST API can be used, told once per change for the journal: it became
 * unusable (nothing answers, something else answers, or k6 refuses to report), or usable again.
 */
export type K6RestTransition =
  | { kind: 'k6.unreachable'; address: string; failure: K6RestFailure; reason: string }
  | { kind: 'k6.reachable'; address: string };

export interface K6RestPollerOptions {
  client: Pick<K6RestClient, 'address' | 'status'>;
  /** Every status read, for the k6 bar. */
  onStatus(status: K6RunStatus): void;
  onTransition(transition: K6RestTransition): void;
  intervalMs?: number;
  /** The longest wait between retries while the API is unusable. */
  maxBackoffMs?: number;
}

/** The most doublings of the retry wait; past it the cap applies anyway and 2 ** n stays finite. */
const MAX_BACKOFF_DOUBLINGS = 20;

/**
 * Reads k6's status every interval, one request at a time (the next waits for the last to end).
 * While the API is unusable it retries after the interval, then twice that, and so on up to the cap.
 */
export class K6RestPoller {
  private readonly intervalMs: number;
  private readonly maxBackoffMs: number;
  private readonly cancel = new AbortController();
  private timer: NodeJS.Timeout | null = null;
  private inFlight: Promise<void> | null = null;
  private failures = 0;
  private stopped = false;

  private constructor(private readonly options: K6RestPollerOptions) {
    this.intervalMs = options.intervalMs ?? STATUS_POLL_INTERVAL_MS;
    this.maxBackoffMs = Math.max(this.intervalMs, options.maxBackoffMs ?? MAX_RETRY_BACKOFF_MS);
  }

  /** Starts polling at once. */
  static start(options: K6RestPollerOptions): K6RestPoller {
    const poller = new K6RestPoller(options);
    poller.poll();
    return poller;
  }

  /** Ends polling: cancels the request under way and resolves once it has settled; nothing is told after. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.cancel.abort();
    await this.inFlight;
  }

  private poll(): void {
    this.timer = null;
    this.inFlight = this.round().finally(() => {
      this.inFlight = null;
    });
  }

  private async round(): Promise<void> {
    const { client } = this.options;
    let status: K6RunStatus;
    try {
      status = await client.status(this.cancel.signal);
    } catch (error) {
      if (this.stopped) return;
      this.failed(error instanceof K6RestError ? error : unreachableError(client.address, String(error)));
      return;
    }
    if (this.stopped) return;
    this.schedule(this.intervalMs);
    if (this.failures > 0) this.options.onTransition({ kind: 'k6.reachable', address: client.address });
    this.failures = 0;
    this.options.onStatus(status);
  }

  private failed(error: K6RestError): void {
    this.failures += 1;
    const doublings = Math.min(this.failures - 1, MAX_BACKOFF_DOUBLINGS);
    this.schedule(Math.min(this.intervalMs * 2 ** doublings, this.maxBackoffMs));
    if (this.failures === 1) {
      const { address, kind: failure, message: reason } = error;
      this.options.onTransition({ kind: 'k6.unreachable', address, failure, reason });
    }
  }

  private schedule(delayMs: number): void {
    this.timer = setTimeout(() => this.poll(), delayMs);
  }
}
