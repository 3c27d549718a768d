import type { JournalEvent } from '../../../shared/journalTypes';
import type { TargetSpec } from '../../../shared/targetTypes';
import type { Panel } from '../../../shared/workspace/workspaceTypes';
import { numberField, recordField, stringField } from './payloadFields';

/** One panel query's target, from the dashboard or, for a panel it lacks, from a threshold event. */
export interface PanelTarget {
  panelId: string;
  panelTitle: string;
  queryIndex: number;
  legend: string | null;
  expr: string | null;
  unit: string | null;
  target: TargetSpec;
  /** How many queries the panel has; null when the dashboard was not given. */
  queryCount: number | null;
}

/** The dashboard's targets in its order, then any target only the threshold events name. */
export function panelTargets(panels: readonly Panel[], events: readonly JournalEvent[]): PanelTarget[] {
  const targets: PanelTarget[] = panels.flatMap((panel) =>
    panel.queries.flatMap((query, queryIndex) =>
      query.target
        ? [
            {
              panelId: panel.id,
              panelTitle: panel.title,
              queryIndex,
              legend: query.legend,
              expr: query.expr,
              unit: panel.unit,
              target: query.target,
              queryCount: panel.queries.length,
            },
          ]
        : [],
    ),
  );
  for (const event of events) {
    if (!isThresholdEvent(event)) continue;
    const { panelId, queryIndex } = targetOf(event);
    if (panelId === null || targets.some((one) => one.panelId === panelId && one.queryIndex === queryIndex))
      continue;
    const target = recordField(event.payload, 'target');
    const comparator = target ? stringField(target, 'comparator') : null;
    const value = target ? numberField(target, 'value') : null;
    if (comparator === null || value === null) continue;
    targets.push({
      panelId,
      panelTitle: stringField(event.payload, 'panelTitle') ?? panelId,
      queryIndex,
      legend: null,
      expr: stringField(event.payload, 'expr'),
      unit: null,
      target: {
        comparator: comparator as TargetSpec['comparator'],
        value,
        forMs: numberField(target ?? {}, 'forMs') ?? 0,
      },
      queryCount: null,
    });
  }
  return targets;
}

export function isThresholdEvent(event: JournalEvent): boolean {
  return event.kind === 'threshold.breached' || event.kind === 'threshold.recovered';
}

/** The panel and query a threshold event is about (see metrics/dashboard/thresholdEvents.ts). */
export function targetOf(event: JournalEvent): { panelId: string | null; queryIndex: number } {
  return {
    panelId: stringField(event.payload, 'panelId'),
    queryIndex: numberField(event.payload, 'queryIndex') ?? 0,
  };
}
