import type { ReferenceContext } from './shellScanTypes';

/** Inside double quotes and unquoted here-documents, a backslash makes these literal. */
const DOUBLE_QUOTED_SPECIAL = /[$`"\\]/g;
const HEREDOC_SPECIAL = /[$`\\]/g;

/**
 * The text that makes the shell read exactly `value`, as one literal word, where a reference in
 * `context` stood. Unquoted: single quotes, each `'` written `'\''`. Double-quoted and here-document
 * bodies: a backslash before each character the shell would treat specially there. `!` is left as it
 * is: history expansion is off in a non-interactive bash, which is how steps run.
 */
export function quoteForShell(value: string, context: ReferenceContext): string {
  switch (context) {
    case 'unquoted':
      return `'${value.replaceAll("'", "'\\''")}'`;
    case 'double-quoted':
      return value.replace(DOUBLE_QUOTED_SPECIAL, '\\$&');
    case 'heredoc':
      return value.replace(HEREDOC_SPECIAL, '\\$&');
  }
}

/** Every form a value takes in a substituted command, the value itself first. */
export function shellQuotedForms(value: string): string[] {
  const contexts: ReferenceContext[] = ['unquoted', 'double-quoted', 'heredoc'];
  return [...new Set([value, ...contexts.map((context) => quoteForShell(value, context))])];
}
