import type { EventKind } from '../journalTypes';
import type { Evidence } from './reportModel';

/** The report model's charts: what the HTML report draws (see reportModel.ts for the rest). */

export interface ChartsSection {
  /** Each panel with a target, over the test window, from every snapshot's frozen points. */
  panels: PanelChart[];
  /** Each snapshot of the day, its panels as it froze them. */
  snapshots: SnapshotChart[];
}

/** A series thinned for drawing: at most CHART_MAX_POINTS points, each bucket's min and max kept. */
export interface ChartSeries {
  name: string;
  /** [time ms, value], in time order. */
  points: Array<[number, number]>;
}

export interface ChartLine {
  /** `p95 < 300 ms`. */
  label: string;
  value: number;
}

export interface ChartMarker {
  seq: number;
  atMs: number;
  kind: EventKind;
  /** The event's subject, one line. */
  label: string;
}

export interface PanelChart {
  panelId: string;
  title: string;
  unit: string | null;
  fromMs: number;
  toMs: number;
  series: ChartSeries[];
  /** The targets' lines. */
  thresholds: ChartLine[];
  /** This panel's breaches and recoveries, and the day's key events, inside the window. */
  markers: ChartMarker[];
  /** The snapshot.taken events the points come from; empty: no snapshot held this panel. */
  evidence: Evidence;
}

export interface SnapshotChart {
  snapshotId: number;
  label: string;
  takenAtMs: number;
  /** Why the panels are empty, when the snapshot says. */
  note: string | null;
  /** Panels with series; the alerts and health panels (values only) are in `values`. */
  panels: Array<{ title: string; unit: string | null; series: ChartSeries[]; thresholds: ChartLine[] }>;
  /** Panels frozen as values only (alerts, health): title and its named values. */
  values: Array<{ title: string; values: Array<{ name: string; value: number | null }> }>;
  evidence: Evidence;
}
