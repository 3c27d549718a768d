import type { StepRun } from '../../../shared/runbookRunTypes';
import { calendarDate, clockTime } from '../../journal/timeFormat';

const SECOND_MS = 1_000;
const MINUTE_MS = 60 * SECOND_MS;
const HOUR_MS = 60 * MINUTE_MS;

/** "420 ms", "3.2 s", "1 m 05 s", "2 h 05 m": how long a step took, exact where it is short. */
export function elapsedText(ms: number): string {
  const whole = Math.max(0, Math.round(ms));
  if (whole < SECOND_MS) return `${whole} ms`;
  if (whole < 10 * SECOND_MS) return `${(Math.floor(whole / 100) / 10).toFixed(1)} s`;
  if (whole < MINUTE_MS) return `${Math.floor(whole / SECOND_MS)} s`;
  const seconds = Math.floor(whole / SECOND_MS);
  if (whole < HOUR_MS) return `${Math.floor(seconds / 60)} m ${String(seconds % 60).padStart(2, '0')} s`;
  const minutes = Math.floor(seconds / 60);
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} m`;
}

/** "30s", "5m", "1h30m", "1500ms": a limit as the runbook's author would write it. */
export function limitText(ms: number): string {
  if (ms % SECOND_MS !== 0) return `${ms}ms`;
  const hours = Math.floor(ms / HOUR_MS);
  const minutes = Math.floor((ms % HOUR_MS) / MINUTE_MS);
  const seconds = Math.floor((ms % MINUTE_MS) / SECOND_MS);
  const parts = [hours && `${hours}h`, minutes && `${minutes}m`, seconds && `${seconds}s`].filter(Boolean);
  return parts.length > 0 ? parts.join('') : '0s';
}

/** How long a step ran: until it finished, or until `now` while it runs; null before it started. */
export function stepDuration(step: StepRun, now: number): number | null {
  if (step.startedAt === null) return null;
  return (step.finishedAt ?? now) - step.startedAt;
}

function sameDay(a: number, b: number): boolean {
  return new Date(a).toDateString() === new Date(b).toDateString();
}

/** "14:03:27" today, "12 Nov 2026 14:03:27" on another day: when a run started. */
export function whenText(epochMs: number, now: number): string {
  return sameDay(epochMs, now) ? clockTime(epochMs) : `${calendarDate(epochMs)} ${clockTime(epochMs)}`;
}

/** "ticked by ana at 14:03:27", or "unticked by …" when the tick was taken back. */
export function tickText(check: { checked: boolean; by: string; at: number }): string {
  return `${check.checked ? 'ticked' : 'unticked'} by ${check.by} at ${clockTime(check.at)}`;
}

/** A link opens only when it goes to the web: no file:, javascript: or app-relative targets. */
export function isWebUrl(url: string): boolean {
  try {
    const protocol = new URL(url).protocol;
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}
