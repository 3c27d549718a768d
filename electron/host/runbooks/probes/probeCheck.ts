import type { ProbeSpec } from '../../../../shared/runbookTypes';
import type { PrometheusClient } from '../../metrics/prometheus/prometheusClient';
import { checkHttpProbe } from './httpProbeCheck';
import type { ProbeCheckResult } from './probeCheckResult';
import { checkPromqlProbe } from './promqlProbeCheck';

/** The instant queries a promql probe asks; the environment's PrometheusClient in the host. */
export type ProbePrometheus = Pick<PrometheusClient, 'query'>;

export interface ProbeCheckContext {
  /** The environment's Prometheus, or null when it has none. */
  prometheus: ProbePrometheus | null;
  /** The most this check may take, answer included. */
  timeoutMs: number;
  /** Aborted when the run stops: the check ends at once. */
  signal?: AbortSignal;
}

/** Checks a probe once. Never throws: whatever went wrong is the observation. */
export function checkProbe(probe: ProbeSpec, context: ProbeCheckContext): Promise<ProbeCheckResult> {
  if (probe.type === 'http') return checkHttpProbe(probe, context.timeoutMs, context.signal);
  return checkPromqlProbe(probe, context.prometheus, context.timeoutMs, context.signal);
}
