/** Each step gets this long; a stuck browser or server must not keep the bench alive. */
const STEP_TIMEOUT_MS = 10_000;

/** What the bench has started (host, server, browser), undone in reverse order on any exit. */
export class CleanupSteps {
  private readonly steps: (() => unknown)[] = [];

  add(step: () => unknown): void {
    this.steps.push(step);
  }

  /** Runs every step, last added first, each bounded in time; reports failures, never throws. */
  async run(): Promise<void> {
    for (let step = this.steps.pop(); step; step = this.steps.pop()) {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise((resolve) => {
        timer = setTimeout(resolve, STEP_TIMEOUT_MS);
      });
      try {
        await Promise.race([Promise.resolve().then(step), timeout]);
      } catch (error) {
        console.error('cleanup step failed:', error);
      } finally {
        clearTimeout(timer);
      }
    }
  }
}
