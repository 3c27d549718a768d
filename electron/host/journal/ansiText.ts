/**
 * Terminal output as a person reads it: escape sequences (colours, cursor moves, titles,
 * shell-integration marks) removed, carriage-return overwrites resolved to what was left on
 * the line, other control characters dropped.
 */
// OSC … BEL/ST, DCS/SOS/PM/APC … ST, CSI … final byte, then two-byte escapes.
const ESCAPE_SEQUENCES =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: escape sequences are control characters
  /\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[PX^_][^\x1b]*\x1b\\|\x1b\[[0-?]*[ -/]*[@-~]|\x1b[@-Z\\-_]|\x9b[0-?]*[ -/]*[@-~]/g;

export function plainTerminalText(raw: string): string {
  const withoutEscapes = raw.replace(ESCAPE_SEQUENCES, '');
  return (
    withoutEscapes
      .split('\n')
      .map((line) => lastOverwrite(line.replace(/\r$/, '')))
      .join('\n')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: dropping control characters is the point
      .replace(/[\x00-\x08\x0b-\x1f\x7f]/g, '')
  );
}

/** A carriage return starts the line over: a progress bar leaves only its final state. */
function lastOverwrite(line: string): string {
  const parts = line.split('\r');
  let result = '';
  for (const part of parts) result = part + result.slice(part.length);
  return result;
}
