import { durationSchema } from '../../../../shared/workspace/durationSchema';

/** A setting read from an attribute or a probe's YAML, or why it cannot be. */
export type SettingRead<T> = { ok: true; value: T } | { ok: false; message: string };

const HOUR_MS = 3_600_000;
/** Bounds of the durations a runbook may give; past them is surely a slip of the unit. */
export const DURATION_BOUNDS = {
  /** A step killed after 1s at the least, a day at the most: a test day's length. */
  timeout: { minMs: 1_000, maxMs: 24 * HOUR_MS },
  /** A probe's deadline, or how long a continuous probe has to be met first. */
  within: { minMs: 0, maxMs: 24 * HOUR_MS },
  /** Faster than 100ms hammers the service; slower than an hour is not watching it. */
  interval: { minMs: 100, maxMs: HOUR_MS },
  /** How long a promql condition must hold. */
  for: { minMs: 0, maxMs: 24 * HOUR_MS },
} as const;

/** `true`/`false`, or Runme's strings "true"/"false". */
export function readBoolean(value: unknown): SettingRead<boolean> {
  if (typeof value === 'boolean') return { ok: true, value };
  if (typeof value === 'string' && /^(true|false)$/i.test(value.trim())) {
    return { ok: true, value: value.trim().toLowerCase() === 'true' };
  }
  return { ok: false, message: `expected true or false, got ${describe(value)}` };
}

/** A duration with a unit (`60s`, `5m`), inside the bounds of `kind`. */
export function readDuration(value: unknown, kind: keyof typeof DURATION_BOUNDS): SettingRead<number> {
  const { minMs, maxMs } = DURATION_BOUNDS[kind];
  const parsed = durationSchema(minMs, maxMs).safeParse(value ?? null);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, message: parsed.error.issues[0]?.message ?? 'expected a duration such as 30s' };
}

/** Text: a string, or a number or boolean written bare. */
export function readText(value: unknown): SettingRead<string> {
  if (typeof value === 'string') return { ok: true, value };
  if (typeof value === 'number' || typeof value === 'boolean') return { ok: true, value: String(value) };
  return { ok: false, message: `expected text, got ${describe(value)}` };
}

/** Environment names: `"sandbox"`, `"sandbox,staging"` or a list. */
export function readNameList(value: unknown): SettingRead<string[]> {
  const names = typeof value === 'string' ? value.split(/[\s,]+/) : Array.isArray(value) ? value : null;
  if (names?.every((name) => typeof name === 'string')) {
    return { ok: true, value: (names as string[]).map((name) => name.trim()).filter((name) => name !== '') };
  }
  return {
    ok: false,
    message: `expected environment names, "sandbox" or ["sandbox","staging"], got ${describe(value)}`,
  };
}

/** What a value is, for a message: a short excerpt of text, else its kind. */
export function describe(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return Array.isArray(value) ? 'a list' : 'a map';
}
