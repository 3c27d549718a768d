import type { TargetComparator } from '../../../../shared/targetTypes';
import type { PanelUnit } from '../../../../shared/workspace/panelVocabulary';

/** What a Grafana import makes: a `dashboard:` section as warroom.yaml writes it, and what it left out. */

/** A target as warroom.yaml writes one; Grafana thresholds carry no `for`. */
export interface ImportedTarget {
  comparator: TargetComparator;
  value: number;
}

export interface ImportedQuery {
  expr: string;
  legend?: string;
  target?: ImportedTarget;
}

export interface ImportedPanel {
  id: string;
  title: string;
  unit: PanelUnit;
  decimals?: number;
  queries: ImportedQuery[];
}

export interface ImportedRow {
  title: string;
  panels: ImportedPanel[];
}

export interface ImportedDashboard {
  title: string;
  /** A warroom.yaml duration, e.g. "5s". */
  refresh: string;
  rows: ImportedRow[];
}

/** A panel, or one of its queries, that was not converted, and why. */
export interface SkippedItem {
  /** The panel's title in Grafana. */
  panel: string;
  reason: string;
}

/** Collects what an import leaves out or changes, for the report. */
export interface ImportNotes {
  skipped: SkippedItem[];
  warnings: string[];
}

export interface GrafanaImport extends ImportNotes {
  dashboard: ImportedDashboard;
  /** How many panels were converted. */
  converted: number;
}
