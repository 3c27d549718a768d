import type { Change, CompareSection, ReportModel } from '../../../shared/report/reportModel';

/** The figures of a day the comparison reads: its summary, targets and k6 sections. */
type DayFigures = Pick<ReportModel, 'summary' | 'targets' | 'k6'>;

/**
 * Before (the previous day) and after (this one): each target's breach count and worst value
 * (matched by panel id and query), peak load, and k6's error rate and P95 latency.
 */
export function compareSection(previous: DayFigures, current: DayFigures): CompareSection {
  const keyOf = (row: { panelId: string; queryIndex: number }) => `${row.panelId}#${row.queryIndex}`;
  const before = new Map(previous.targets.rows.map((row) => [keyOf(row), row]));
  const after = new Map(current.targets.rows.map((row) => [keyOf(row), row]));
  const keys = [...new Set([...after.keys(), ...before.keys()])];
  return {
    previousDayId: previous.summary.dayId,
    previousDayName: previous.summary.dayName,
    targets: keys.map((key) => {
      const was = before.get(key);
      const now = after.get(key);
      const row = (now ?? was) as NonNullable<typeof now>;
      return {
        panelId: row.panelId,
        queryIndex: row.queryIndex,
        label: `${row.panelTitle}${row.legend ? ` (${row.legend})` : ''} ${row.comparator} ${row.targetValue}`,
        breaches: change(was ? was.breaches.length : null, now ? now.breaches.length : null),
        worst: change(was?.achieved?.worst ?? null, now?.achieved?.worst ?? null),
      };
    }),
    peakLoad: change(
      previous.summary.peakLoad?.virtualUsers ?? null,
      current.summary.peakLoad?.virtualUsers ?? null,
    ),
    errorRate: change(
      previous.k6.latest?.metrics.httpReqFailedRate ?? null,
      current.k6.latest?.metrics.httpReqFailedRate ?? null,
    ),
    latencyP95Ms: change(
      previous.k6.latest?.metrics.httpReqDurationP95Ms ?? null,
      current.k6.latest?.metrics.httpReqDurationP95Ms ?? null,
    ),
  };
}

function change(before: number | null, after: number | null): Change {
  return { before, after, change: before === null || after === null ? null : after - before };
}
