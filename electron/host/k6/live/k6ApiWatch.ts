import type { K6ApiStatus, K6Run } from '../../../../shared/k6StatusTypes';
import { K6RestClient } from '../rest/k6RestClient';
import { METRICS_POLL_INTERVAL_MS } from '../rest/k6RestConstants';
import { K6RestPoller, type K6RestTransition } from '../rest/k6RestPoller';
import { K6_EXECUTION_STATE_LABELS, type K6RunStatus } from '../rest/k6RunStatus';

export type K6ControlAction = 'pause' | 'resume' | 'stop';

export interface K6ApiWatchOptions {
  address: string;
  /** The API became unusable or usable again: told once per change. */
  onTransition(transition: K6RestTransition): void;
  /** The run left its running phase (ended, interrupted or failed). */
  onRunEnded(): void;
  onStatus(): void;
}

/** The bar's view of a run: k6's own label for its state, with its flags and VUs. */
function runOf(status: K6RunStatus): K6Run {
  const { paused, stopped, tainted, running, vus, vusMax } = status;
  return { label: K6_EXECUTION_STATE_LABELS[status.state], paused, stopped, tainted, running, vus, vusMax };
}

/** k6's states once a run is over. */
const OVER: ReadonlySet<string> = new Set(['ended', 'interrupted', 'markedFailed']);

/** Watches k6's REST API (`k6 run --address`) and carries the operator's pause, resume and stop to it. */
export class K6ApiWatch {
  private readonly client: K6RestClient;
  private readonly poller: K6RestPoller;
  private status_: K6ApiStatus;
  private sawRunning = false;
  private readonly metricsTimer: NodeJS.Timeout;
  private readingMetrics = false;

  constructor(private readonly options: K6ApiWatchOptions) {
    this.client = new K6RestClient(options.address);
    this.status_ = {
      address: options.address,
      state: 'connecting',
      since: Date.now(),
      problem: null,
      run: null,
      metrics: [],
    };
    this.metricsTimer = setInterval(() => void this.readMetrics(), METRICS_POLL_INTERVAL_MS);
    this.poller = K6RestPoller.start({
      client: this.client,
      onStatus: (status) => this.read(status),
      onTransition: (transition) => {
        if (transition.kind === 'k6.unreachable') {
          this.status_ = { ...this.status_, state: 'down', since: Date.now(), problem: transition.reason };
          options.onStatus();
        }
        options.onTransition(transition);
      },
    });
  }

  status(): K6ApiStatus {
    return this.status_;
  }

  async control(action: K6ControlAction): Promise<K6Run> {
    const status = await this.client[action]();
    this.read(status);
    return runOf(status);
  }

  stop(): Promise<void> {
    clearInterval(this.metricsTimer);
    return this.poller.stop();
  }

  /** k6's own figures, while its API answers; a failed read waits for the next (the status poll reports outages). */
  private async readMetrics(): Promise<void> {
    if (this.status_.state !== 'up' || this.readingMetrics) return;
    this.readingMetrics = true;
    try {
      const metrics = await this.client.metrics();
      this.status_ = {
        ...this.status_,
        metrics: metrics.map(({ name, type, contains, tainted, sample }) => ({
          name,
          type,
          contains,
          tainted,
          values: sample,
        })),
      };
      this.options.onStatus();
    } catch {
      // The status poll notices an API that stopped answering, and says so once.
    } finally {
      this.readingMetrics = false;
    }
  }

  private read(status: K6RunStatus): void {
    const run = runOf(status);
    const since = this.status_.state === 'up' ? this.status_.since : Date.now();
    this.status_ = { ...this.status_, address: this.options.address, state: 'up', since, problem: null, run };
    if (status.running) this.sawRunning = true;
    if (this.sawRunning && OVER.has(status.state)) {
      this.sawRunning = false;
      this.options.onRunEnded();
    }
    this.options.onStatus();
  }
}
