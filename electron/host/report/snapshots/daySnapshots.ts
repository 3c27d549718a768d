import type { SnapshotContent, SnapshotSummary } from '../../../../shared/journalTypes';
import type { SnapshotChart } from '../../../../shared/report/reportCharts';
import type { Evidence } from '../../../../shared/report/reportModel';
import { type FrozenChart, frozenChart, snapshotChart } from './frozenChart';
import { PointColumns, type PointsView } from './pointColumns';

/** The test window a report covers: from the day's start to its end, or to the moment of the report. */
export interface ReportWindow {
  fromMs: number;
  toMs: number;
}

/**
 * Where one snapshot's panels of a title start holding points, from the day's start: a window
 * (which always starts there) holds one of them exactly when it ends at or after that time.
 */
interface PanelReach {
  /** The earliest point at or after the day's start, whatever its value. */
  anyFromMs: number;
  /** Per series of the first panel of that title: the earliest finite point at or after the day's start. */
  finiteFromMs: Map<string, number>;
}

interface IndexedSnapshot {
  summary: SnapshotSummary;
  chart: FrozenChart;
  holdsAlertCounts: boolean;
  reach: Map<string, PanelReach>;
}

/** A panel's series merged over every snapshot, and the snapshots that held a point of them. */
export interface PanelPoints {
  series: Array<{ name: string; points: PointsView }>;
  snapshotIds: number[];
}

/**
 * What a report reads of a day's snapshots, each decompressed and read once: snapshots never
 * change, so whoever keeps this (the Report view's preview) adds only those taken since. Points
 * are kept once per panel title and series (snapshots of a live window repeat each other's), from
 * the day's start; the end of a window is applied when asked, so the same index serves a day
 * still being recorded as its end moves.
 */
export class DaySnapshots {
  private readonly indexed: IndexedSnapshot[] = [];
  /** Per panel title, per series: finite points from the day's start; where snapshots share a time, the latest's value. */
  private readonly merged = new Map<string, Map<string, PointColumns>>();

  /** `fromMs`: the day's start, where every report window of the day begins. */
  constructor(readonly fromMs: number) {}

  get count(): number {
    return this.indexed.length;
  }

  /** Adds the next snapshot of the day (snapshots are added in the order they were taken). */
  add(summary: SnapshotSummary, content: SnapshotContent): void {
    const reach = new Map<string, PanelReach>();
    for (const panel of content.panels) {
      const first = !reach.has(panel.title);
      const panelReach = reach.get(panel.title) ?? { anyFromMs: Infinity, finiteFromMs: new Map() };
      reach.set(panel.title, panelReach);
      // As the report always has: a title's points come from its first panel in the snapshot.
      const bySeries = first ? this.seriesOf(panel.title) : null;
      for (const one of panel.series) {
        const columns = bySeries ? columnsOf(bySeries, one.name) : null;
        for (const [time, value] of one.points) {
          if (time < this.fromMs) continue;
          panelReach.anyFromMs = Math.min(panelReach.anyFromMs, time);
          if (!columns || !Number.isFinite(value)) continue;
          columns.set(time, value);
          panelReach.finiteFromMs.set(
            one.name,
            Math.min(panelReach.finiteFromMs.get(one.name) ?? Infinity, time),
          );
        }
      }
    }
    const holdsAlertCounts = content.panels.some((panel) => panel.values?.['critical firing'] !== undefined);
    this.indexed.push({ summary, chart: frozenChart(summary, content), holdsAlertCounts, reach });
  }

  /**
   * The points of the panel titled `title` inside the window, merged over the snapshots, for the
   * series `draws` accepts (all by default), and the snapshots holding a finite one of them.
   */
  panelPoints(
    title: string,
    window: ReportWindow,
    draws: (name: string) => boolean = () => true,
  ): PanelPoints {
    this.checkWindow(window);
    const series = [...(this.merged.get(title) ?? [])]
      .filter(([name]) => draws(name))
      .map(([name, columns]) => ({ name, points: columns.upTo(window.toMs) }));
    const snapshotIds = this.indexed
      .filter(({ reach }) =>
        [...(reach.get(title)?.finiteFromMs ?? [])].some(
          ([name, fromMs]) => draws(name) && fromMs <= window.toMs,
        ),
      )
      .map(({ summary }) => summary.id);
    return { series, snapshotIds };
  }

  /** The snapshots holding a point of the panel titled `title` inside the window: it was polled. */
  polledIds(title: string, window: ReportWindow): number[] {
    this.checkWindow(window);
    return this.indexed
      .filter(({ reach }) => (reach.get(title)?.anyFromMs ?? Infinity) <= window.toMs)
      .map(({ summary }) => summary.id);
  }

  /** The snapshots holding the alerts panel's counts (its `critical firing` value). */
  alertCountIds(): number[] {
    return this.indexed.filter((snapshot) => snapshot.holdsAlertCounts).map(({ summary }) => summary.id);
  }

  /** Each snapshot's chart, with the evidence `evidenceOf` gives for its id. */
  charts(evidenceOf: (snapshotId: number) => Evidence): SnapshotChart[] {
    return this.indexed.map(({ summary, chart }) => snapshotChart(chart, evidenceOf(summary.id)));
  }

  private seriesOf(title: string): Map<string, PointColumns> {
    const bySeries = this.merged.get(title) ?? new Map<string, PointColumns>();
    this.merged.set(title, bySeries);
    return bySeries;
  }

  /** Points before the day's start were never kept: a window starting elsewhere would read too few. */
  private checkWindow(window: ReportWindow): void {
    if (window.fromMs !== this.fromMs) {
      throw new Error(`the day's snapshots are indexed from ${this.fromMs}, not from ${window.fromMs}`);
    }
  }
}

function columnsOf(bySeries: Map<string, PointColumns>, name: string): PointColumns {
  const columns = bySeries.get(name) ?? new PointColumns();
  bySeries.set(name, columns);
  return columns;
}
