import type { K6ThresholdStatus } from '../../../shared/k6StatusTypes';
import type { K6StatusState } from './k6StatusStore';

/** The environment names k6: a JSON output to read or a REST API to reach. The bar shows only then. */
export function selectHasK6(state: K6StatusState): boolean {
  const status = state.status;
  return status !== null && (status.output.path !== null || status.api.address !== null);
}

const NO_THRESHOLDS: readonly K6ThresholdStatus[] = [];

export const selectThresholds = (state: K6StatusState): readonly K6ThresholdStatus[] =>
  state.status?.thresholds ?? NO_THRESHOLDS;

/** Failed thresholds first, the longest failing at the top; otherwise in the host's order. */
export function failedFirst(thresholds: readonly K6ThresholdStatus[]): K6ThresholdStatus[] {
  const failed = thresholds
    .filter((threshold) => threshold.verdict === 'failed')
    .sort((a, b) => (a.since ?? Number.POSITIVE_INFINITY) - (b.since ?? Number.POSITIVE_INFINITY));
  return [...failed, ...thresholds.filter((threshold) => threshold.verdict !== 'failed')];
}

export function failedCount(thresholds: readonly K6ThresholdStatus[]): number {
  return thresholds.filter((threshold) => threshold.verdict === 'failed').length;
}

/** The run as k6's REST API last described it; kept while the API is down. */
export const selectRun = (state: K6StatusState) => state.status?.api.run ?? null;
