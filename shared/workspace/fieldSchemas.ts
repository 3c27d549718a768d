import { z } from 'zod';

/** The value kinds warroom.yaml shares between its sections, each with the message a person needs. */

/** Cross-field checks run even when another field is wrong, so every problem shows at once. */
export const EVEN_WITH_OTHER_PROBLEMS = { when: () => true };

/** Environment names appear in menus and on the command line: short, lowercase, no spaces. */
export const environmentNameSchema = z
  .string()
  .regex(
    /^[a-z][a-z0-9-]{0,31}$/,
    'an environment name is a lowercase letter, then up to 31 lowercase letters, digits or dashes',
  );

/** Variable and secret names are shell variable names, as runbooks substitute them ($NAME). */
export const shellNameSchema = z
  .string()
  .regex(
    /^[A-Z_][A-Z0-9_]{0,63}$/,
    'a name is an uppercase letter or _, then up to 63 uppercase letters, digits or _ (like BASE_URL)',
  );

/** A label shown in the console: one line of printable text. */
export function oneLineTextSchema(maxLength: number) {
  return z
    .string({ error: 'expected text' })
    .trim()
    .min(1, 'must not be empty')
    .max(maxLength, `at most ${maxLength} characters`)
    .regex(/^[^\p{Cc}]+$/u, 'must be one line of printable text');
}

const PORT_MESSAGE = 'a port is a whole number from 1 to 65535';
export const portSchema = z.int({ error: PORT_MESSAGE }).min(1, PORT_MESSAGE).max(65_535, PORT_MESSAGE);

/**
 * An http(s) URL without user:password@; `credentialsHint` says where credentials go instead.
 * The file is committed to repositories, so a credential in it would leak.
 */
export function httpUrlSchema(credentialsHint: string) {
  return z.string({ error: 'expected a URL such as http://127.0.0.1:9090' }).superRefine((text, context) => {
    if (!URL.canParse(text)) {
      context.addIssue({ code: 'custom', message: `not a URL: ${JSON.stringify(text)}` });
      return;
    }
    const url = new URL(text);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      context.addIssue({
        code: 'custom',
        message: `expected an http or https URL (got ${url.protocol.slice(0, -1)})`,
      });
    } else if (url.username || url.password) {
      context.addIssue({
        code: 'custom',
        message: `credentials do not belong in the URL; ${credentialsHint}`,
      });
    }
  });
}

/** host:port, as k6's --address takes it; an IPv6 host goes in brackets. */
export const hostPortSchema = z
  .string({ error: 'expected host:port, e.g. 127.0.0.1:6565' })
  .superRefine((text, context) => {
    const match = /^(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+):(\d{1,5})$/.exec(text);
    const port = Number(match?.[2]);
    if (!match || port < 1 || port > 65_535) {
      context.addIssue({
        code: 'custom',
        message: `expected host:port with a port from 1 to 65535 (got ${JSON.stringify(text)})`,
      });
    }
  });
