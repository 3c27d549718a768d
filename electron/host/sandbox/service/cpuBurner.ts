/** The burner's cycle: each slice of it, the given share is spent busy. */
const BURN_SLICE_MS = 100;

/** Spends a share of the service's one thread in a busy loop, as a runaway computation would. */
export class CpuBurner {
  private timer: NodeJS.Timeout | undefined;

  /** 0 stops; 1 keeps the thread busy all but the gaps between slices. */
  set(share: number): void {
    clearInterval(this.timer);
    this.timer = undefined;
    if (share <= 0) return;
    this.timer = setInterval(() => {
      const until = performance.now() + share * BURN_SLICE_MS;
      while (performance.now() < until) {
        // Busy on purpose: this is the fault.
      }
    }, BURN_SLICE_MS);
    this.timer.unref();
  }
}
