import type { z } from 'zod';

/** Validates `input` with `schema`; the error names what was checked and the field that is wrong. */
export function parseNamed<S extends z.ZodType>(what: string, schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue?.path.join('.') || '(whole)';
  throw new Error(`${what} ${field}: ${issue?.message ?? 'invalid'}`);
}
