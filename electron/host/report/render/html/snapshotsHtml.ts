import type { ReportModel } from '../../../../../shared/report/reportModel';
import { snapshotChartHtml } from './charts/snapshotChartHtml';
import type { SnapshotPlacement } from './snapshotPlacement';

/** The snapshots no issue holds, as they froze the dashboard; those an issue holds are drawn with it. */
export function snapshotsHtml(model: ReportModel, placement: SnapshotPlacement): string {
  const rest = model.charts.snapshots.filter((snapshot) => !placement.issueOf.has(snapshot.snapshotId));
  if (model.charts.snapshots.length === 0) return '';
  const withIssues = model.charts.snapshots.length - rest.length;
  const intro =
    withIssues === 0
      ? `<p>Every snapshot of the day (${rest.length}), as it froze the dashboard's panels.</p>`
      : `<p>The snapshots no issue holds (${rest.length}); the ${withIssues} an issue holds are drawn with it.</p>`;
  return [
    '<section id="snapshots" class="major"><h2>Snapshots</h2>',
    intro,
    ...rest.map(snapshotChartHtml),
    '</section>',
  ].join('');
}
