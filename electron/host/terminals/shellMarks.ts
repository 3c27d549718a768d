/**
 * The marks a shell with Warroom's integration writes among its output, and what they mean.
 * A mark is `ESC ] 6973 ; <nonce> ; <kind> [; <field>] BEL`. The nonce is the terminal's own
 * secret, so output that merely contains such a sequence (a file being cat'ed, a shell nested in
 * this one) is never taken for a mark. In a field, `\`, `;` and control characters are written as
 * `\\`, `\x3b` and `\xHH`, so a field can neither end its mark nor split it.
 *
 * Kinds: `exec[;<line>]` a line was read and runs now (no field: the line is not in the shell's
 * history and a `line` mark follows); `line;<line>` that line's text; `done;<status>` the line
 * ended; `cwd;<dir>` the shell's working directory, at a prompt where it changed.
 */

/** Private OSC number: unused by terminals and by other shell integrations (133, 633, 1337). */
export const SHELL_MARK_OSC = 6973;

/** Hands the shell its terminal's nonce; the shell unsets it so its commands do not inherit it. */
export const SHELL_MARK_NONCE_VARIABLE = 'WARROOM_SHELL_NONCE';

/** The shell cuts a field to this many characters, so a mark stays bounded; a longer line is a pasted script. */
export const MAX_MARK_FIELD_CHARS = 16 * 1024;

export type ShellMark =
  | { type: 'executed'; command: string | null }
  | { type: 'commandLine'; command: string }
  | { type: 'finished'; exitCode: number }
  | { type: 'cwd'; cwd: string };

/** What every mark of a terminal begins with. */
export function shellMarkIntroducer(nonce: string): string {
  return `\x1b]${SHELL_MARK_OSC};${nonce};`;
}

/** Reads what follows the introducer; null for a kind or a field this version does not know. */
export function decodeShellMark(body: string): ShellMark | null {
  const separator = body.indexOf(';');
  const kind = separator < 0 ? body : body.slice(0, separator);
  const field = separator < 0 ? null : unescapeField(body.slice(separator + 1));
  switch (kind) {
    case 'exec':
      return { type: 'executed', command: field };
    case 'line':
      return field === null ? null : { type: 'commandLine', command: field };
    case 'done':
      return field !== null && /^\d+$/.test(field) ? { type: 'finished', exitCode: Number(field) } : null;
    case 'cwd':
      return field === null ? null : { type: 'cwd', cwd: field };
    default:
      return null;
  }
}

function unescapeField(field: string): string {
  return field.replace(/\\(?:\\|x([0-9a-fA-F]{2}))/g, (_escape, hex: string | undefined) =>
    hex === undefined ? '\\' : String.fromCharCode(Number.parseInt(hex, 16)),
  );
}
