/** Room the columns start with; they double when full. */
const INITIAL_CAPACITY = 64;

/** Points as two columns read in time order: `values[i]` is at `times[i]` (ms). */
export interface PointsView {
  times: ArrayLike<number>;
  values: ArrayLike<number>;
  length: number;
}

/**
 * A series' points by time, kept sorted in two growing typed columns (16 bytes a point): snapshots
 * of a live window repeat most of each other's points and add a few after the last, so setting a
 * point is nearly always an overwrite found by binary search or an append.
 */
export class PointColumns {
  private times = new Float64Array(INITIAL_CAPACITY);
  private values = new Float64Array(INITIAL_CAPACITY);
  private size = 0;

  /** Sets the value at `time`, replacing the one held there. */
  set(time: number, value: number): void {
    const at = this.firstPast(time, false);
    if (at < this.size && this.times[at] === time) {
      this.values[at] = value;
      return;
    }
    if (this.size === this.times.length) this.grow();
    this.times.copyWithin(at + 1, at, this.size);
    this.values.copyWithin(at + 1, at, this.size);
    this.times[at] = time;
    this.values[at] = value;
    this.size++;
  }

  /** The points at or before `toMs`, as views of the columns (no copy): read them before the next set. */
  upTo(toMs: number): PointsView {
    const length = this.firstPast(toMs, true);
    return { times: this.times.subarray(0, length), values: this.values.subarray(0, length), length };
  }

  /** Index of the first point after `time` (or at it, unless `inclusive`): the size when none is. */
  private firstPast(time: number, inclusive: boolean): number {
    const before = (held: number) => held < time || (inclusive && held === time);
    if (this.size === 0 || before(this.times[this.size - 1] as number)) return this.size;
    let low = 0;
    let high = this.size;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (before(this.times[middle] as number)) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  private grow(): void {
    const times = new Float64Array(this.times.length * 2);
    const values = new Float64Array(this.values.length * 2);
    times.set(this.times);
    values.set(this.values);
    this.times = times;
    this.values = values;
  }
}
