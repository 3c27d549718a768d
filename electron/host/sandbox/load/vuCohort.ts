import autocannon from 'autocannon';
import { COHORT_SAMPLE_INTERVAL_MS, COHORT_STOP_GRACE_MS, REQUEST_TIMEOUT_SECONDS } from './loadConstants';
import { pickRequest, type RequestMix } from './requestMix';

export interface CohortOptions {
  target: string;
  vus: number;
  vuRequestsPerSecond: number;
  mix: RequestMix;
  /** autocannon's own limit, so a cohort ends even if nobody stops it. */
  maxSeconds: number;
  onResponse(statusCode: number, latencyMs: number): void;
  onError(error: unknown): void;
}

/**
 * A histogram autocannon records into and nobody reads: the cohort counts from 'response' events.
 * autocannon's default is a WebAssembly HdrHistogram (about 2.5 MB, three per instance) whose
 * linear memory never shrinks; a crash drill restarts refused cohorts every second, which grew
 * the host by 70 MiB in ten minutes of the soak. `__custom` is how autocannon's own worker threads
 * mark theirs: it then neither encodes nor aggregates them.
 */
function unreadHistogram() {
  const ignore = () => {};
  return {
    __custom: true,
    recordValue: ignore,
    recordValueWithExpectedInterval: ignore,
    reset: ignore,
    destroy: ignore,
  };
}

/** autocannon's options plus the one its typings leave out: the histograms it records into. */
type CohortRunOptions = autocannon.Options & {
  histograms: Record<'latencies' | 'requests' | 'throughput', ReturnType<typeof unreadHistogram>>;
};

/** A group of virtual users started and stopped together: one autocannon instance, a connection per VU. */
export class VuCohort {
  readonly vus: number;
  /** Set when the target refused a connection: the cohort stopped, for the generator to retry. */
  refused = false;
  private readonly instance: autocannon.Instance;
  private readonly finished: Promise<void>;

  constructor(options: CohortOptions) {
    this.vus = options.vus;
    let finish: () => void = () => {};
    this.finished = new Promise<void>((resolve) => {
      finish = resolve;
    });
    const runOptions: CohortRunOptions = {
      url: options.target,
      connections: options.vus,
      connectionRate: options.vuRequestsPerSecond,
      duration: Math.ceil(options.maxSeconds),
      sampleInt: COHORT_SAMPLE_INTERVAL_MS,
      timeout: REQUEST_TIMEOUT_SECONDS,
      requests: [{ setupRequest: (request) => ({ ...request, ...pickRequest(options.mix) }) }],
      skipAggregateResult: true,
      histograms: {
        latencies: unreadHistogram(),
        requests: unreadHistogram(),
        throughput: unreadHistogram(),
      },
    };
    this.instance = autocannon(runOptions, (error) => {
      if (error) options.onError(error);
      finish();
    });
    this.instance.on('response', (_client, statusCode, _bytes, latencyMs) =>
      options.onResponse(statusCode, latencyMs),
    );
    this.instance.on('reqError', (error: NodeJS.ErrnoException) => {
      options.onError(error);
      // autocannon reconnects at once, a busy loop while the target is down: stop and let the generator retry.
      if (error.code === 'ECONNREFUSED' && !this.refused) {
        this.refused = true;
        void this.stop();
      }
    });
  }

  /** Stops the cohort's users; resolves when autocannon has closed them, or after a grace period. */
  stop(): Promise<void> {
    this.instance.removeAllListeners('response');
    this.instance.removeAllListeners('reqError');
    this.instance.stop();
    let grace: NodeJS.Timeout | undefined;
    const abandoned = new Promise<void>((resolve) => {
      grace = setTimeout(resolve, COHORT_STOP_GRACE_MS);
    });
    return Promise.race([this.finished, abandoned]).finally(() => clearTimeout(grace));
  }
}
