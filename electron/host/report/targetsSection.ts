import type { TargetsSection } from '../../../shared/report/reportModel';
import type { Panel } from '../../../shared/workspace/workspaceTypes';
import { panelTargets } from './panelTargets';
import type { ReportDay } from './reportDay';
import { achievedFigures } from './snapshotFigures';
import type { ReportWindow } from './snapshots/daySnapshots';
import { targetBreaches } from './targetBreaches';

/** Target vs achieved: each panel target's breaches and what the snapshots show it achieved. */
export function targetsSection(
  day: ReportDay,
  panels: readonly Panel[],
  window: ReportWindow,
): TargetsSection {
  return {
    rows: panelTargets(panels, day.events).map((target) => {
      const breaches = targetBreaches(target, day.events);
      const achieved = achievedFigures(target, day, window);
      return {
        panelId: target.panelId,
        panelTitle: target.panelTitle,
        queryIndex: target.queryIndex,
        legend: target.legend,
        expr: target.expr,
        unit: target.unit,
        comparator: target.target.comparator,
        targetValue: target.target.value,
        forMs: target.target.forMs,
        status: breaches.length > 0 ? 'failed' : achieved ? 'passed' : 'no-data',
        breaches,
        achieved,
      };
    }),
  };
}
