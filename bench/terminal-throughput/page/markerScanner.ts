/**
 * Finds, in a stream that arrives in chunks, where the payload between a start and an end
 * marker lies, as offsets from the stream's first character. A marker split across two chunks
 * is found in the seam between them.
 */
export class MarkerScanner {
  /** Offset of the payload's first character, once the start marker has been seen. */
  payloadStart: number | null = null;
  /** Offset of the end marker, which is one past the payload's last character. */
  payloadEnd: number | null = null;
  private received = 0;
  private tail = '';
  private readonly seamChars: number;

  constructor(
    private readonly startMarker: string,
    private readonly endMarker: string,
  ) {
    this.seamChars = Math.max(startMarker.length, endMarker.length) - 1;
  }

  scan(chunk: string): void {
    const chunkStart = this.received;
    this.received += chunk.length;
    if (this.payloadEnd !== null) return;
    this.find(this.tail + chunk.slice(0, this.seamChars), chunkStart - this.tail.length);
    this.find(chunk, chunkStart);
    this.tail =
      chunk.length >= this.seamChars
        ? chunk.slice(-this.seamChars)
        : (this.tail + chunk).slice(-this.seamChars);
  }

  private find(text: string, textStart: number): void {
    if (this.payloadStart === null) {
      const at = text.indexOf(this.startMarker);
      if (at < 0) return;
      this.payloadStart = textStart + at + this.startMarker.length;
    }
    if (this.payloadEnd === null) {
      const at = text.indexOf(this.endMarker, Math.max(0, this.payloadStart - textStart));
      if (at >= 0) this.payloadEnd = textStart + at;
    }
  }
}
