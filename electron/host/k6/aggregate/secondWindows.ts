/** Seconds of per-second aggregates kept for charts: the last five minutes. */
export const WINDOW_SECONDS = 300;

export interface SecondAggregate<T> {
  /** Start of the second, milliseconds since the epoch. */
  startMs: number;
  aggregate: T;
}

/**
 * Aggregates per 1 s window over the last WINDOW_SECONDS, in a ring whose slots are reset and reused
 * as time moves on. Points older than the ring are left to the cumulative aggregates.
 */
export class SecondWindows<T extends { reset(): void }> {
  private readonly slots: (T | undefined)[];
  private readonly slotSeconds: Float64Array;
  private latestSecond = Number.NEGATIVE_INFINITY;

  constructor(private readonly create: () => T) {
    this.slots = new Array<T | undefined>(WINDOW_SECONDS).fill(undefined);
    this.slotSeconds = new Float64Array(WINDOW_SECONDS).fill(Number.NaN);
  }

  /** The aggregate of the second holding `timeMs`; undefined when that second has left the ring. */
  at(timeMs: number): T | undefined {
    const second = Math.floor(timeMs / 1000);
    if (second <= this.latestSecond - WINDOW_SECONDS) return undefined;
    if (second > this.latestSecond) this.latestSecond = second;
    const index = ((second % WINDOW_SECONDS) + WINDOW_SECONDS) % WINDOW_SECONDS;
    let slot = this.slots[index];
    if (slot === undefined) {
      slot = this.create();
      this.slots[index] = slot;
    } else if (this.slotSeconds[index] !== second) {
      slot.reset();
    }
    this.slotSeconds[index] = second;
    return slot;
  }

  /** The aggregate of one second (seconds since the epoch) if it received points and is still held. */
  peek(second: number): T | undefined {
    const index = ((second % WINDOW_SECONDS) + WINDOW_SECONDS) % WINDOW_SECONDS;
    return this.slotSeconds[index] === second ? this.slots[index] : undefined;
  }

  /** The seconds of the ring that received points, oldest first. */
  series(): SecondAggregate<T>[] {
    const series: SecondAggregate<T>[] = [];
    for (let index = 0; index < WINDOW_SECONDS; index++) {
      const second = this.slotSeconds[index] as number;
      const aggregate = this.slots[index];
      if (aggregate !== undefined && second > this.latestSecond - WINDOW_SECONDS) {
        series.push({ startMs: second * 1000, aggregate });
      }
    }
    return series.sort((a, b) => a.startMs - b.startMs);
  }

  /** The aggregates allocated so far: at most WINDOW_SECONDS. */
  allocated(): T[] {
    return this.slots.filter((slot): slot is T => slot !== undefined);
  }
}
