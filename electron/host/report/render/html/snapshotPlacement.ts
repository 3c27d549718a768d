import type { SnapshotChart } from '../../../../../shared/report/reportCharts';
import type { ReportModel } from '../../../../../shared/report/reportModel';

/**
 * Where each snapshot is drawn, once: with the first issue that holds it, else in the snapshots
 * section. Every other mention links to that drawing.
 */
export interface SnapshotPlacement {
  /** The snapshot's chart by id. */
  charts: ReadonlyMap<number, SnapshotChart>;
  /** Snapshot id -> the issue it is drawn with. */
  issueOf: ReadonlyMap<number, number>;
}

export function snapshotPlacement(model: ReportModel): SnapshotPlacement {
  const charts = new Map(model.charts.snapshots.map((chart) => [chart.snapshotId, chart]));
  const issueOf = new Map<number, number>();
  for (const group of model.issues.bySeverity) {
    for (const issue of group.issues) {
      for (const id of issue.snapshotIds) if (charts.has(id) && !issueOf.has(id)) issueOf.set(id, issue.id);
    }
  }
  return { charts, issueOf };
}
