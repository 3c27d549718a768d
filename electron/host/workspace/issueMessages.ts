import type { z } from 'zod';
import { didYouMean } from '../../../shared/workspace/didYouMean';

/** A YAML value's kind, in the words of the file rather than of JavaScript. */
function kindOf(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'boolean') return 'true/false';
  return 'a number';
}

const EXPECTED_WORDS: Readonly<Record<string, string>> = {
  object: 'a mapping (key: value lines)',
  record: 'a mapping (key: value lines)',
  array: 'a list',
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
};

/**
 * zod's default messages for the issues the schemas leave to it, reworded for warroom.yaml.
 * Schemas that say more with their own message keep it.
 */
export const workspaceErrorMap: z.core.$ZodErrorMap = (issue) => {
  if (issue.code === 'invalid_type') {
    return `expected ${EXPECTED_WORDS[issue.expected] ?? issue.expected}, got ${kindOf(issue.input)}`;
  }
  if (issue.code === 'invalid_value') {
    const values = issue.values.map(String);
    const suggestion = typeof issue.input === 'string' ? didYouMean(issue.input, values) : null;
    return `expected one of ${values.join(', ')}${suggestion ? `; did you mean "${suggestion}"?` : ''}`;
  }
  return undefined;
};
