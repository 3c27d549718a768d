import { durationSchema, formatDuration } from '../../../../shared/workspace/durationSchema';
import { MAX_REFRESH_MS, MIN_REFRESH_MS } from '../../../../shared/workspace/panelSchema';
import type { ImportNotes } from './importedDashboard';

/** warroom.yaml's own default refresh (shared/workspace/dashboardSchema.ts). */
const DEFAULT_REFRESH = '5s';

const refreshSchema = durationSchema(MIN_REFRESH_MS, MAX_REFRESH_MS);

/** Grafana's auto-refresh ("5s", "1m"; "" or false when off) as a warroom.yaml refresh. */
export function warroomRefresh(refresh: unknown, notes: ImportNotes): string {
  if (typeof refresh !== 'string' || refresh.trim() === '') return DEFAULT_REFRESH;
  const parsed = refreshSchema.safeParse(refresh);
  if (parsed.success) return formatDuration(parsed.data);
  notes.warnings.push(
    `the dashboard refreshes every ${refresh}; Warroom refreshes every ${formatDuration(MIN_REFRESH_MS)} to ${formatDuration(MAX_REFRESH_MS)}, so ${DEFAULT_REFRESH} is used`,
  );
  return DEFAULT_REFRESH;
}
