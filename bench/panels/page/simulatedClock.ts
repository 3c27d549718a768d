/**
 * The page's clock, able to jump ahead: the console's charts and sync read `Date.now()` for the
 * live window, so simulated minutes must move it too, or the window would stop following the data.
 */
export class SimulatedClock {
  private offsetMs = 0;
  private readonly realNow = Date.now.bind(Date);

  /** From now on, `Date.now()` runs from `offset`; the page's timers keep real time. */
  install(): void {
    Date.now = () => this.realNow() + this.offsetMs;
  }

  /** Sets the clock to `ms` since the epoch; it runs on from there. */
  setNow(ms: number): void {
    this.offsetMs = ms - this.realNow();
  }
}
