/** Milliseconds as a Prometheus duration: whole seconds when exact ("5s"), milliseconds otherwise ("300ms"). */
export function promDuration(ms: number): string {
  const whole = Math.max(0, Math.round(ms));
  return whole % 1000 === 0 ? `${whole / 1000}s` : `${whole}ms`;
}

const MINUTE_MS = 60_000;

/** Minutes in milliseconds, for the rules' durations as the dashboard states them. */
export function minutes(count: number): number {
  return count * MINUTE_MS;
}
