import type { K6SummarizedMetric } from './summarizeK6Output';

/** A summary as a person reads it on a terminal: a metric a line, each threshold under it. */
export function formatK6SummaryTable(metrics: Record<string, K6SummarizedMetric>): string {
  const names = Object.keys(metrics).sort();
  const width = Math.max(0, ...names.map((name) => name.length));
  const lines: string[] = [];
  for (const name of names) {
    const metric = metrics[name] as K6SummarizedMetric;
    const values = Object.entries(metric.values)
      .map(([key, value]) => `${key}=${formatValue(key, value, metric)}`)
      .join(' ');
    lines.push(`${name.padEnd(width)}  ${values}`);
    for (const [expression, { ok }] of Object.entries(metric.thresholds ?? {})) {
      lines.push(`  ${ok ? '✓' : '✗'} ${expression}`);
    }
  }
  return lines.join('\n');
}

function formatValue(key: string, value: number, metric: K6SummarizedMetric): string {
  if (metric.type === 'rate' && key === 'rate') return `${round(value * 100)}%`;
  if (metric.type === 'counter' && key === 'rate') return `${round(value)}/s`;
  if (key === 'count' || key === 'passes' || key === 'fails') return String(value);
  if (metric.contains === 'time') return value >= 1000 ? `${round(value / 1000)}s` : `${round(value)}ms`;
  if (metric.contains === 'data') return `${round(value)}B`;
  return String(round(value));
}

/** Two decimals at most, as k6's own summary shows them. */
function round(value: number): number {
  return Math.round(value * 100) / 100;
}
