import type { z } from 'zod';

/** Validates one command-line value with the contract's own schema; the error names the option. */
export function parseOption<S extends z.ZodType>(option: string, schema: S, value: unknown): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const reason = parsed.error.issues[0]?.message ?? 'invalid';
  throw new Error(`${option}: ${reason} (got ${JSON.stringify(value)})`);
}
