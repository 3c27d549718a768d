import type { K6ApiMetric } from '../../../shared/k6StatusTypes';
import { formatValue } from '../../dashboard/unitFormat';

/** k6's REST figures as a line each: "http_req_duration  avg 122 ms · p(95) 158 ms". */
export function apiMetricValueWords(metric: K6ApiMetric): string {
  return Object.entries(metric.values)
    .map(([key, value]) => `${key} ${valueWords(metric, key, value)}`)
    .join(' · ');
}

function valueWords(metric: K6ApiMetric, key: string, value: number): string {
  if (metric.type === 'rate' && key === 'rate') return formatValue(value, 'ratio', null);
  // A data counter counts bytes.
  if (metric.contains === 'data' && key === 'count') return formatValue(value, 'bytes', null);
  if (key === 'count' || key === 'passes' || key === 'fails') return formatValue(value, 'count', null);
  if (metric.type === 'counter' && key === 'rate') {
    return formatValue(value, metric.contains === 'data' ? 'bytes/s' : 'ops/s', null);
  }
  if (metric.contains === 'time') return formatValue(value, 'ms', null);
  if (metric.contains === 'data') return formatValue(value, 'bytes', null);
  return formatValue(value, 'count', null);
}

/** The summary line of the list: how many metrics, and how many have a failed threshold. */
export function apiMetricsSummary(metrics: readonly K6ApiMetric[]): string {
  const tainted = metrics.filter((metric) => metric.tainted === true).length;
  const count = `${metrics.length} metric${metrics.length === 1 ? '' : 's'} from k6's API`;
  return tainted > 0 ? `${count}, ${tainted} with a failed threshold` : count;
}
