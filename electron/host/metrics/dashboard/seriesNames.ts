/**
 * The name a chart's legend shows: the query's Grafana-style template (`{{route}} {{code}}`)
 * filled from the labels (a missing label becomes empty), else the labels as PromQL writes them,
 * else the expression itself (an aggregate has no labels).
 */
export function seriesName(
  labels: Readonly<Record<string, string>>,
  legend: string | null,
  expr: string,
): string {
  if (legend !== null)
    return legend.replace(/\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g, (_, name: string) => labels[name] ?? '');
  const names = Object.keys(labels).filter((name) => name !== '__name__');
  if (names.length === 0) return labels.__name__ ?? expr;
  const pairs = names.map((name) => `${name}=${JSON.stringify(labels[name])}`).join(', ');
  return `${labels.__name__ ?? ''}{${pairs}}`;
}
