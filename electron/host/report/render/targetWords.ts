import type { TargetRow } from '../../../../shared/report/reportModel';
import { formatDuration, formatInUnit } from './reportFormat';

/** `Latency (p95)`, or `Latency (query 2)` without a legend. */
export function targetLabel(row: Pick<TargetRow, 'panelTitle' | 'legend' | 'queryIndex'>): string {
  return `${row.panelTitle} (${row.legend ?? `query ${row.queryIndex + 1}`})`;
}

/** `< 300 ms for 1 min`: the target as the workspace set it. */
export function targetSpec(row: TargetRow): string {
  const held = row.forMs > 0 ? ` for ${formatDuration(row.forMs)}` : '';
  return `${row.comparator} ${formatInUnit(row.targetValue, row.unit)}${held}`;
}
