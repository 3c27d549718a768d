import type { PanelSeries } from '../../shared/dashboardTypes';

/** Rows a panel starts with room for: ten minutes at a 2 s refresh, before the first growth. */
const INITIAL_CAPACITY = 512;

/** One series of a panel: its identity and its values, NaN where it has no point. */
export interface ColumnSeries {
  readonly key: string;
  readonly queryIndex: number;
  name: string;
  /** The whole buffer; row i of the panel is at `start + i` (see PanelColumns.values). */
  buffer: Float64Array<ArrayBuffer>;
}

/**
 * A panel's series aligned on one time column, as uPlot draws them: every series has a value
 * (or NaN) at every time any series has a point. Columns are typed arrays grown by doubling and
 * trimmed by moving their start, so appending a refresh and dropping the oldest points copies
 * nothing in the common case.
 */
export class PanelColumns {
  private timeBuffer: Float64Array<ArrayBuffer> = new Float64Array(INITIAL_CAPACITY);
  private start = 0;
  /** Rows held. */
  length = 0;
  /** Sorted by query, then by when the series first appeared: colours stay put. */
  readonly series: ColumnSeries[] = [];
  /** Grows on every change: a chart redraws when it moved. */
  version = 0;
  /** Grows when series join or leave: a chart rebuilds its series then. */
  layout = 0;

  /** Times in seconds, oldest first: a view on the buffer, valid until the next change. */
  get times(): Float64Array {
    return this.timeBuffer.subarray(this.start, this.start + this.length);
  }

  values(seriesIndex: number): Float64Array {
    const series = this.series[seriesIndex];
    if (!series) return new Float64Array(0);
    return series.buffer.subarray(this.start, this.start + this.length);
  }

  lastTime(): number | null {
    return this.length === 0 ? null : (this.timeBuffer[this.start + this.length - 1] ?? null);
  }

  /** Adds a refresh's points; a point at a time already held replaces the value there. */
  append(incoming: readonly PanelSeries[]): void {
    let changed = false;
    for (const one of incoming) {
      if (one.times.length === 0) continue;
      const series = this.seriesFor(one);
      series.name = one.name;
      for (let i = 0; i < one.times.length; i++) {
        const row = this.rowFor(one.times[i] ?? 0);
        series.buffer[this.start + row] = one.values[i] ?? Number.NaN;
      }
      changed = true;
    }
    if (changed) this.version += 1;
  }

  /** Drops rows before `seconds`, and the series left without a value. */
  trimBefore(seconds: number): void {
    const drop = this.lowerBound(seconds);
    if (drop === 0) return;
    this.start += drop;
    this.length -= drop;
    if (this.length === 0) this.start = 0;
    const before = this.series.length;
    for (let index = this.series.length - 1; index >= 0; index--) {
      if (!this.hasValue(index)) this.series.splice(index, 1);
    }
    if (this.series.length !== before) this.layout += 1;
    this.version += 1;
  }

  clear(): void {
    this.start = 0;
    this.length = 0;
    if (this.series.length > 0) this.layout += 1;
    this.series.length = 0;
    this.version += 1;
  }

  private hasValue(seriesIndex: number): boolean {
    const values = this.values(seriesIndex);
    for (let i = values.length - 1; i >= 0; i--) if (!Number.isNaN(values[i])) return true;
    return false;
  }

  private seriesFor(incoming: PanelSeries): ColumnSeries {
    const found = this.series.find(
      (series) => series.key === incoming.key && series.queryIndex === incoming.queryIndex,
    );
    if (found) return found;
    const created: ColumnSeries = {
      key: incoming.key,
      queryIndex: incoming.queryIndex,
      name: incoming.name,
      buffer: new Float64Array(this.timeBuffer.length).fill(Number.NaN),
    };
    const at = this.series.findIndex((series) => series.queryIndex > incoming.queryIndex);
    this.series.splice(at === -1 ? this.series.length : at, 0, created);
    this.layout += 1;
    return created;
  }

  /** The row holding `time`, made when missing: appended (the usual case) or inserted in order. */
  private rowFor(time: number): number {
    const last = this.lastTime();
    if (last === null || time > last) {
      this.reserveRow();
      return this.writeRow(this.length++, time);
    }
    const row = this.lowerBound(time);
    if (this.timeBuffer[this.start + row] === time) return row;
    this.reserveRow();
    const from = this.start + row;
    const to = this.start + this.length;
    this.timeBuffer.copyWithin(from + 1, from, to);
    for (const series of this.series) series.buffer.copyWithin(from + 1, from, to);
    this.length += 1;
    return this.writeRow(row, time);
  }

  private writeRow(row: number, time: number): number {
    this.timeBuffer[this.start + row] = time;
    for (const series of this.series) series.buffer[this.start + row] = Number.NaN;
    return row;
  }

  /** Room for one more row at the end: the held rows move to the front, or every buffer doubles. */
  private reserveRow(): void {
    const capacity = this.timeBuffer.length;
    if (this.start + this.length < capacity) return;
    const end = this.start + this.length;
    if (this.length < capacity * 0.75) {
      this.timeBuffer.copyWithin(0, this.start, end);
      for (const series of this.series) series.buffer.copyWithin(0, this.start, end);
    } else {
      this.timeBuffer = grown(this.timeBuffer, this.start, end, capacity * 2);
      for (const series of this.series) series.buffer = grown(series.buffer, this.start, end, capacity * 2);
    }
    this.start = 0;
  }

  /** The first row whose time is at least `seconds`. */
  private lowerBound(seconds: number): number {
    let low = 0;
    let high = this.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.timeBuffer[this.start + middle] ?? 0) < seconds) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}

function grown(
  buffer: Float64Array,
  start: number,
  end: number,
  capacity: number,
): Float64Array<ArrayBuffer> {
  const next = new Float64Array(capacity).fill(Number.NaN);
  next.set(buffer.subarray(start, end));
  return next;
}
