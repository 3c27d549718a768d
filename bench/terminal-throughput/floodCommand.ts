/** The flood: what runs in the pty, and how its payload is told apart from the shell around it. */

/** Raw bytes fed to base64; the brief's 50 MB, which base64 turns into ~68 MB of terminal output. */
export const FLOOD_SOURCE_BYTES = 50_000_000;

/** The payload command, run alone by the node-pty baseline and inside the shell end to end. */
export const FLOOD_COMMAND = `head -c ${FLOOD_SOURCE_BYTES} /dev/urandom | base64`;

/** Printed just before the payload; the pty's line discipline turns its newline into CRLF. */
export const START_MARKER = 'BENCH-START\r\n';

/** Printed just after the payload; '-' is not in the base64 alphabet, so it cannot occur inside. */
export const END_MARKER = 'BENCH-END';

/**
 * The line typed into the end-to-end shell. The markers' first letter is written as an octal
 * escape, so the shell's echo of this line (`\102ENCH-START`) never matches a marker: only
 * printf's output does, and the payload is exactly what lies between the two.
 */
export const MARKED_FLOOD_LINE = `printf '\\102ENCH-START\\n'; ${FLOOD_COMMAND}; printf '\\102ENCH-END\\n'\r`;

/** GNU base64 wraps its output at this many columns. */
const BASE64_LINE_CHARS = 76;

/**
 * The exact number of characters the pty delivers for FLOOD_COMMAND: base64 text plus one
 * CRLF per line (the pty's onlcr turns each LF into CRLF). It does not depend on the random bytes.
 */
export function expectedFloodChars(sourceBytes = FLOOD_SOURCE_BYTES): number {
  const base64Chars = 4 * Math.ceil(sourceBytes / 3);
  const lines = Math.ceil(base64Chars / BASE64_LINE_CHARS);
  return base64Chars + 2 * lines;
}
