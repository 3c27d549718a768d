import type { PanelData } from '../../shared/dashboardTypes';
import { PanelColumns } from './panelColumns';

/**
 * Every panel's series, held outside React: the sync appends each dashboard.data delta here
 * and charts subscribe per panel, so a refresh touches the charts and never a component.
 */
export class DashboardSeriesStore {
  private readonly panels = new Map<string, PanelColumns>();
  private readonly listeners = new Map<string, Set<() => void>>();

  columns(panelId: string): PanelColumns | null {
    return this.panels.get(panelId) ?? null;
  }

  /** Calls `listener` after each change to the panel's data; returns the function that stops. */
  subscribe(panelId: string, listener: () => void): () => void {
    let set = this.listeners.get(panelId);
    if (!set) {
      set = new Set();
      this.listeners.set(panelId, set);
    }
    set.add(listener);
    return () => set.delete(listener);
  }

  /** A refresh's new points, then the points before `cutoff` (seconds) dropped. */
  append(data: PanelData, cutoff: number): void {
    const columns = this.columnsFor(data.panelId);
    columns.append(data.series);
    columns.trimBefore(cutoff);
    this.notify(data.panelId);
  }

  /** What a panel holds replaced by `data` (a dashboard.live or dashboard.range answer). */
  replace(data: PanelData, cutoff: number): void {
    const columns = this.columnsFor(data.panelId);
    columns.clear();
    columns.append(data.series);
    columns.trimBefore(cutoff);
    this.notify(data.panelId);
  }

  /** Every panel replaced by `all`; panels it does not name are emptied. */
  replaceAll(all: readonly PanelData[], cutoff: number): void {
    const named = new Set(all.map((data) => data.panelId));
    for (const [panelId, columns] of this.panels) {
      if (named.has(panelId)) continue;
      columns.clear();
      this.notify(panelId);
    }
    for (const data of all) this.replace(data, cutoff);
  }

  /** Drops every panel's points before `cutoff`: the window moved on. */
  trimAll(cutoff: number): void {
    for (const [panelId, columns] of this.panels) {
      const version = columns.version;
      columns.trimBefore(cutoff);
      if (columns.version !== version) this.notify(panelId);
    }
  }

  private columnsFor(panelId: string): PanelColumns {
    let columns = this.panels.get(panelId);
    if (!columns) {
      columns = new PanelColumns();
      this.panels.set(panelId, columns);
    }
    return columns;
  }

  private notify(panelId: string): void {
    for (const listener of this.listeners.get(panelId) ?? []) listener();
  }
}
