/**
 * Reads a response's body as UTF-8 if it is at most `maxBytes` long; past that it stops reading,
 * drops the rest unread, and gives null.
 */
export async function readCappedBody(response: Response, maxBytes: number): Promise<string | null> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  // Bounded: each pass adds a chunk's bytes, and the loop ends past maxBytes or at the end.
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return Buffer.concat(chunks).toString('utf8');
    chunks.push(value);
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      return null;
    }
  }
}
