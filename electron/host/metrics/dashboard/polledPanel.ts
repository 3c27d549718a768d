import type { TargetSpec } from '../../../../shared/targetTypes';
import type { PanelType } from '../../../../shared/workspace/panelVocabulary';

/** A dashboard panel as the poller needs it (the workspace's panel has more). */
export interface PolledPanel {
  id: string;
  title: string;
  type: PanelType;
  refreshMs: number;
  queries: readonly { expr: string; legend: string | null; target: TargetSpec | null }[];
}
