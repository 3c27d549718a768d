import { INSTALL_HINT } from './prometheusConstants';

/** Prometheus is not installed: callers catch this one and keep everything that does not need it. */
export class PrometheusNotInstalledError extends Error {
  override readonly name = 'PrometheusNotInstalledError';
  constructor(readonly looked: string) {
    super(`Prometheus is not installed (no executable "${looked}" found): ${INSTALL_HINT}`);
  }
}

/** Prometheus ran but did not become ready; the message ends with the tail of its own stderr. */
export class PrometheusStartError extends Error {
  override readonly name: string = 'PrometheusStartError';
  constructor(
    reason: string,
    readonly stderrTail: string,
  ) {
    super(stderrTail ? `${reason}\nPrometheus said:\n${stderrTail}` : reason);
  }
}

/** The listen port is taken by another program. */
export class PrometheusPortInUseError extends PrometheusStartError {
  override readonly name = 'PrometheusPortInUseError';
  constructor(
    readonly port: number,
    stderrTail: string,
  ) {
    super(
      `Prometheus cannot listen on 127.0.0.1:${port}: port ${port} is already in use; ` +
        'choose another port, or 0 for a free one',
      stderrTail,
    );
  }
}
