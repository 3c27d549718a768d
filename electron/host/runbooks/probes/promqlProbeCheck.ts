import type { PromqlProbe } from '../../../../shared/runbookTypes';
import { formatDuration } from '../../../../shared/workspace/durationSchema';
import { PrometheusQueryError } from '../../metrics/prometheus/prometheusErrors';
import type { QueryResult } from '../../metrics/prometheus/prometheusSchemas';
import { showSample } from './observationText';
import type { ProbePrometheus } from './probeCheck';
import { finalCheck, metCheck, notMetCheck, type ProbeCheckResult, timedOutCheck } from './probeCheckResult';
import { settleWithin } from './settleWithin';

/**
 * Asks the environment's Prometheus the probe's instant query once and judges every series it
 * returns: all must meet the comparator (NaN never does), and no series is not met. A query
 * Prometheus cannot parse is final; an unreachable Prometheus is only not met, as it may come back.
 */
export async function checkPromqlProbe(
  probe: PromqlProbe,
  prometheus: ProbePrometheus | null,
  timeoutMs: number,
  signal?: AbortSignal,
): Promise<ProbeCheckResult> {
  if (!prometheus) {
    return finalCheck('this environment has no Prometheus to ask (prometheus.url in warroom.yaml)');
  }
  try {
    const settled = await settleWithin(prometheus.query(probe.query), timeoutMs, signal);
    if (settled.kind === 'stopped') return notMetCheck('stopped');
    if (settled.kind === 'timed-out') return timedOutCheck(`timed out after ${formatDuration(timeoutMs)}`);
    return judge(settled.value.data, probe);
  } catch (error) {
    if (error instanceof PrometheusQueryError) {
      // bad_data is the parser or a wrong argument: asking again gets the same answer.
      const observation = `Prometheus refused the query: ${error.prometheusError}`;
      return error.errorType === 'bad_data' ? finalCheck(observation) : notMetCheck(observation);
    }
    return notMetCheck(error instanceof Error ? error.message : String(error));
  }
}

function judge(data: QueryResult, probe: PromqlProbe): ProbeCheckResult {
  const expected = `expected ${probe.comparator} ${probe.value}`;
  if (data.resultType === 'matrix' || data.resultType === 'string') {
    const what = data.resultType === 'matrix' ? 'a range vector' : 'a string';
    const observation = `the query returns ${what}; a probe needs one number per series (wrap a range in max_over_time() or rate())`;
    return finalCheck(observation);
  }
  if (data.resultType === 'scalar') {
    const value = data.result[1];
    const observation = `scalar ${showSample(value)}, ${expected}`;
    return meets(value, probe) ? metCheck(observation) : notMetCheck(observation);
  }
  const values = data.result.map((sample) => sample.value[1]);
  if (values.length === 0) return notMetCheck('no series');
  const failing = values.filter((value) => !meets(value, probe));
  const observation = `${values.length} series: ${summarize(values, failing, probe)}, ${expected}`;
  return failing.length === 0 ? metCheck(observation) : notMetCheck(observation);
}

/** Whether one sample meets the probe's condition; NaN (Prometheus's 0/0) never does. */
function meets(value: number, probe: PromqlProbe): boolean {
  if (Number.isNaN(value)) return false;
  switch (probe.comparator) {
    case '<':
      return value < probe.value;
    case '<=':
      return value <= probe.value;
    case '>':
      return value > probe.value;
    case '>=':
      return value >= probe.value;
    case '==':
      return value === probe.value;
    case '!=':
      return value !== probe.value;
  }
}

/** The one value, or for several the one that matters: the worst side of the comparator, or the misses. */
function summarize(values: readonly number[], failing: readonly number[], probe: PromqlProbe): string {
  if (values.length === 1) return showSample(values[0] ?? Number.NaN);
  const nans = values.filter(Number.isNaN).length;
  if (nans > 0) return `${nans} ${nans === 1 ? 'is' : 'are'} NaN`;
  switch (probe.comparator) {
    case '<':
    case '<=':
      return `max ${showSample(values.reduce((a, b) => Math.max(a, b)))}`;
    case '>':
    case '>=':
      return `min ${showSample(values.reduce((a, b) => Math.min(a, b)))}`;
    case '==':
      return failing.length === 0
        ? `all ${showSample(probe.value)}`
        : `${failing.length} ${failing.length === 1 ? 'differs' : 'differ'}, e.g. ${showSample(failing[0] ?? Number.NaN)}`;
    case '!=':
      return failing.length === 0
        ? `none is ${showSample(probe.value)}`
        : `${failing.length} ${failing.length === 1 ? 'is' : 'are'} ${showSample(probe.value)}`;
  }
}
