import { MAX_INPUT_CHARS } from '../../shared/terminalFlowControl';

/**
 * Cuts a paste into pieces the host accepts in one call, never between the two halves of a
 * surrogate pair (an emoji split in two would reach the shell as two broken characters).
 */
export function splitInput(data: string, limit = MAX_INPUT_CHARS): string[] {
  const pieces: string[] = [];
  let start = 0;
  while (start < data.length) {
    let end = Math.min(start + limit, data.length);
    if (end < data.length && isHighSurrogate(data.charCodeAt(end - 1)) && end - 1 > start) end -= 1;
    pieces.push(data.slice(start, end));
    start = end;
  }
  return pieces;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
