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

/**
 * Runs a bench to its verdict and exits: 0 when it passed, 1 when it failed, threw or overran
 * `deadlineMs`, 130/143 on a signal. Whatever it started is cleaned up first, whichever way out.
 */
export function runBenchToExit(
  name: string,
  deadlineMs: number,
  runBench: (cleanup: CleanupSteps) => Promise<boolean>,
): void {
  const cleanup = new CleanupSteps();
  let exiting = false;
  // The first way out wins: a signal during cleanup must not start a second one.
  const exitAfterCleanup = async (code: number, why?: string) => {
    if (exiting) return;
    exiting = true;
    if (why) console.error(why);
    await cleanup.run();
    process.exit(code);
  };
  process.once('SIGINT', () => void exitAfterCleanup(130, `${name}: interrupted`));
  process.once('SIGTERM', () => void exitAfterCleanup(143, `${name}: terminated`));
  setTimeout(() => void exitAfterCleanup(1, `${name}: gave up after ${deadlineMs / 1000} s`), deadlineMs);
  runBench(cleanup).then(
    (pass) => exitAfterCleanup(pass ? 0 : 1),
    (error: unknown) =>
      exitAfterCleanup(1, `${name} failed: ${error instanceof Error ? error.message : error}`),
  );
}
