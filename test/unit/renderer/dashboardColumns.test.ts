import { describe, expect, it } from 'vitest';
import { PanelColumns } from '../../../renderer/dashboard/panelColumns';
import { DashboardSeriesStore } from '../../../renderer/dashboard/seriesStore';
import type { PanelData, PanelSeries } from '../../../shared/dashboardTypes';

function series(key: string, times: number[], values: (number | null)[], queryIndex = 0): PanelSeries {
  return { queryIndex, key, name: key, times, values };
}

function data(panelId: string, ...all: PanelSeries[]): PanelData {
  return { panelId, series: all, windowStart: 0 };
}

const rows = (columns: PanelColumns) => [...columns.times];
const column = (columns: PanelColumns, index: number) =>
  [...columns.values(index)].map((value) => (Number.isNaN(value) ? null : value));

describe('panel columns', () => {
  it('aligns series on one time column, with a gap where a series has no point', () => {
    const columns = new PanelColumns();
    columns.append([series('a', [10, 12, 14], [1, 2, 3]), series('b', [12, 14], [20, null])]);
    expect(rows(columns)).toEqual([10, 12, 14]);
    expect(column(columns, 0)).toEqual([1, 2, 3]);
    expect(column(columns, 1)).toEqual([null, 20, null]);
  });

  it('appends a refresh after what it holds, and replaces a value at a time already held', () => {
    const columns = new PanelColumns();
    columns.append([series('a', [10, 12], [1, 2])]);
    const layout = columns.layout;
    columns.append([series('a', [12, 14], [2.5, 3])]);
    expect(rows(columns)).toEqual([10, 12, 14]);
    expect(column(columns, 0)).toEqual([1, 2.5, 3]);
    expect(columns.layout).toBe(layout);
  });

  it('inserts a time that falls between held rows in order', () => {
    const columns = new PanelColumns();
    columns.append([series('a', [10, 14], [1, 3])]);
    columns.append([series('b', [12], [7])]);
    expect(rows(columns)).toEqual([10, 12, 14]);
    expect(column(columns, 0)).toEqual([1, null, 3]);
    expect(column(columns, 1)).toEqual([null, 7, null]);
  });

  it('keeps series in query order, whenever they appear', () => {
    const columns = new PanelColumns();
    columns.append([series('late', [10], [1], 1)]);
    columns.append([series('early', [10], [2], 0)]);
    expect(columns.series.map((one) => one.key)).toEqual(['early', 'late']);
  });

  it('trims rows before a time, and drops a series left without a value', () => {
    const columns = new PanelColumns();
    columns.append([series('a', [10, 12, 14], [1, 2, 3]), series('b', [10], [5])]);
    const layout = columns.layout;
    columns.trimBefore(12);
    expect(rows(columns)).toEqual([12, 14]);
    expect(columns.series.map((one) => one.key)).toEqual(['a']);
    expect(columns.layout).toBe(layout + 1);
  });

  it('grows past its first buffers and reuses them when trimming keeps pace', () => {
    const columns = new PanelColumns();
    for (let t = 0; t < 3000; t++) columns.append([series('a', [t], [t * 2])]);
    expect(columns.length).toBe(3000);
    expect(columns.values(0)[2999]).toBe(5998);
    // A sliding window: one point in, one out, for a long time; what is held stays exact.
    for (let t = 3000; t < 20_000; t++) {
      columns.append([series('a', [t], [t * 2])]);
      columns.trimBefore(t - 2999);
    }
    expect(columns.length).toBe(3000);
    expect(columns.times[0]).toBe(17_000);
    expect(columns.values(0)[2999]).toBe(39_998);
  });
});

describe('dashboard series store', () => {
  it('appends deltas, trims to the range and tells only that panel’s listeners', () => {
    const store = new DashboardSeriesStore();
    const told: string[] = [];
    store.subscribe('rate', () => told.push('rate'));
    store.subscribe('latency', () => told.push('latency'));
    store.append(data('rate', series('a', [100, 102], [1, 2])), 0);
    store.append(data('rate', series('a', [104], [3])), 102);
    expect([...(store.columns('rate')?.times ?? [])]).toEqual([102, 104]);
    expect(told).toEqual(['rate', 'rate']);
  });

  it('replaces everything on a refetch (a reconnect): panels not in the answer are emptied', () => {
    const store = new DashboardSeriesStore();
    store.append(data('rate', series('a', [100, 102], [1, 2])), 0);
    store.append(data('gone', series('a', [100], [1])), 0);
    store.replaceAll([data('rate', series('b', [200, 202], [5, 6]))], 0);
    expect(store.columns('rate')?.series.map((one) => one.key)).toEqual(['b']);
    expect([...(store.columns('rate')?.times ?? [])]).toEqual([200, 202]);
    expect(store.columns('gone')?.length).toBe(0);
  });

  it('trims every panel when the window moves on (resuming after a pause)', () => {
    const store = new DashboardSeriesStore();
    let told = 0;
    store.subscribe('rate', () => told++);
    store.append(data('rate', series('a', [100, 200, 300], [1, 2, 3])), 0);
    store.trimAll(250);
    expect([...(store.columns('rate')?.times ?? [])]).toEqual([300]);
    store.trimAll(250);
    expect(told).toBe(2);
  });
});
