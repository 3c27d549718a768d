import type { ChartsSection } from '../../../../shared/report/reportCharts';
import type { TargetsSection } from '../../../../shared/report/reportModel';
import type { DayExport } from '../../journal/journalExport';
import { panelCharts } from './panelCharts';
import { snapshotCharts } from './snapshotCharts';

/** What the HTML report draws, thinned so a twelve-hour day still makes a file a browser opens quickly. */
export function chartsSection(
  day: DayExport,
  targets: TargetsSection,
  window: { fromMs: number; toMs: number },
): ChartsSection {
  return { panels: panelCharts(day, targets.rows, window), snapshots: snapshotCharts(day) };
}
