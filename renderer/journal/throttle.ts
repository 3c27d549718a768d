/** A timer API, so tests can run the throttle on fake time. */
export interface Clock {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * Runs `run` at once, then at most once per interval: requests inside the interval collapse
 * into one run at its end, so the last change is never missed. `intervalMs` may be a function,
 * asked at each request, for an interval that follows what a run costs.
 */
export function createThrottle(
  run: () => void,
  intervalMs: number | (() => number),
  clock: Clock = systemClock,
) {
  const interval = typeof intervalMs === 'number' ? () => intervalMs : intervalMs;
  let lastRun = Number.NEGATIVE_INFINITY;
  let timer: unknown = null;
  const fire = () => {
    timer = null;
    lastRun = clock.now();
    run();
  };
  return {
    request(): void {
      if (timer !== null) return;
      const wait = lastRun + interval() - clock.now();
      if (wait <= 0) fire();
      else timer = clock.setTimeout(fire, wait);
    },
    cancel(): void {
      if (timer !== null) clock.clearTimeout(timer);
      timer = null;
    },
  };
}
