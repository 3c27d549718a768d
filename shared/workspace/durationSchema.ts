import { z } from 'zod';

/** Durations as a person writes them in warroom.yaml: a whole number and a unit. */
const DURATION_PATTERN = /^(\d+)(ms|s|m|h)$/;

const UNIT_MS = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000 } as const;
type DurationUnit = keyof typeof UNIT_MS;

const DURATION_FORMS = '500ms, 5s, 2m or 1h';

/** Milliseconds as the largest unit that states them exactly: 5000 -> "5s", 90000 -> "90s". */
export function formatDuration(ms: number): string {
  const units: DurationUnit[] = ['h', 'm', 's'];
  const unit = ms === 0 ? 's' : (units.find((candidate) => ms % UNIT_MS[candidate] === 0) ?? 'ms');
  return `${ms / UNIT_MS[unit]}${unit}`;
}

/** A duration between `minMs` and `maxMs`, written with a unit; parses to milliseconds. */
export function durationSchema(minMs: number, maxMs: number) {
  const range = `a duration from ${formatDuration(minMs)} to ${formatDuration(maxMs)}`;
  return z.unknown().transform((input, context) => {
    if (input === undefined) {
      context.addIssue({ code: 'invalid_type', expected: 'string', input });
      return z.NEVER;
    }
    if (typeof input === 'number') {
      context.addIssue({ code: 'custom', message: `a duration needs a unit: ${DURATION_FORMS}` });
      return z.NEVER;
    }
    const match = typeof input === 'string' ? DURATION_PATTERN.exec(input.trim()) : null;
    if (!match) {
      context.addIssue({ code: 'custom', message: `expected ${range}, written as ${DURATION_FORMS}` });
      return z.NEVER;
    }
    const ms = Number(match[1]) * UNIT_MS[match[2] as DurationUnit];
    if (ms < minMs || ms > maxMs) {
      context.addIssue({ code: 'custom', message: `expected ${range} (got ${input})` });
      return z.NEVER;
    }
    return ms;
  });
}
