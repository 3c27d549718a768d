import type { ChartsSection } from '../../../../shared/report/reportCharts';
import type { TargetsSection } from '../../../../shared/report/reportModel';
import type { ReportDay } from '../reportDay';
import type { ReportWindow } from '../snapshots/daySnapshots';
import { panelCharts } from './panelCharts';
import { snapshotCharts } from './snapshotCharts';

/** What the HTML report draws, thinned so a twelve-hour day still makes a file a browser opens quickly. */
export function chartsSection(day: ReportDay, targets: TargetsSection, window: ReportWindow): ChartsSection {
  return { panels: panelCharts(day, targets.rows, window), snapshots: snapshotCharts(day) };
}
