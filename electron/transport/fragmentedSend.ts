import type { WebSocket } from 'ws';

/**
 * Characters per WebSocket frame of one text message (at most 48 KiB of UTF-8). Node copies a
 * string it writes to a socket into one buffer of the string's size; a long day's report preview
 * (up to 4 MB) sent whole made an allocation that size each refresh, and glibc's allocator kept
 * them: in a 30-minute soak its main arena grew by 40 MB held free, in chunks of 128 KB to 2.5 MB.
 * Frames this small are copied into buffers the allocator reuses.
 */
export const MAX_FRAME_CHARS = 16 * 1024;

/** Sends `text` as one message, in frames of at most MAX_FRAME_CHARS, none splitting a surrogate pair. */
export function sendText(ws: Pick<WebSocket, 'send'>, text: string): void {
  if (text.length <= MAX_FRAME_CHARS) {
    ws.send(text);
    return;
  }
  for (let start = 0; start < text.length; ) {
    let end = Math.min(text.length, start + MAX_FRAME_CHARS);
    // Half a pair in each frame would arrive as two replacement characters.
    if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end--;
    // Sent one after the other in this turn, so no other message's frames come between them.
    ws.send(text.slice(start, end), { fin: end === text.length });
    start = end;
  }
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
