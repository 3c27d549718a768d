import type { K6ApiMetric } from '../../../shared/k6StatusTypes';
import { apiMetricsSummary, apiMetricValueWords } from '../../state/k6/k6ApiMetricWords';

/** k6's own figures as its REST API lists them, folded away: the bar's panels already chart the output. */
export function K6ApiMetrics({ metrics }: { metrics: readonly K6ApiMetric[] }) {
  if (metrics.length === 0) return null;
  return (
    <details className="k6-api-metrics" data-testid="k6-api-metrics">
      <summary>{apiMetricsSummary(metrics)}</summary>
      <table>
        <tbody>
          {metrics.map((metric) => (
            <tr
              key={metric.name}
              className={metric.tainted ? 'is-tainted' : undefined}
              data-testid="k6-api-metric"
            >
              <th scope="row">
                <code>{metric.name}</code>
              </th>
              <td>{apiMetricValueWords(metric)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
