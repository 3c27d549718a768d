/** k6's lines are a few hundred bytes; a "line" this long means the file is not k6 output. */
export const MAX_LINE_BYTES = 1 << 20;

const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;

/** The first size of the buffer holding an unfinished line; it doubles up to MAX_LINE_BYTES. */
const INITIAL_CARRY_BYTES = 4096;

export interface LineSplitterHandlers {
  /**
   * A complete line: `bytes[start, end)`, without its `\n` (nor a `\r` before it), numbered from 1.
   * The bytes are only valid during the call: the splitter reuses its buffer and the caller's chunks.
   */
  onLine(bytes: Buffer, start: number, end: number, lineNumber: number): void;
  /** A line longer than MAX_LINE_BYTES: dropped, only its number is given. */
  onOverlong(lineNumber: number): void;
}

/**
 * Turns chunks of a growing file (Buffers cut anywhere, even inside a UTF-8 character, or strings)
 * into complete lines of bytes, never decoding them: a `\n` byte never occurs inside a multi-byte
 * UTF-8 character, so a whole line decodes the same as the stream would. The unfinished last line
 * is copied aside until its newline comes.
 */
export class LineSplitter {
  private carry = Buffer.allocUnsafe(INITIAL_CARRY_BYTES);
  private carryLength = 0;
  private carryOverlong = false;
  private nextLineNumber = 1;

  constructor(private readonly handlers: LineSplitterHandlers) {}

  push(chunk: Buffer | string): void {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    let start = 0;
    let newline = bytes.indexOf(NEWLINE);
    if (newline !== -1 && (this.carryLength > 0 || this.carryOverlong)) {
      this.hold(bytes, 0, newline);
      this.emitCarry();
      start = newline + 1;
      newline = bytes.indexOf(NEWLINE, start);
    }
    while (newline !== -1) {
      this.emit(bytes, start, newline);
      start = newline + 1;
      newline = bytes.indexOf(NEWLINE, start);
    }
    this.hold(bytes, start, bytes.length);
  }

  /** The writer has finished: a last line without a newline is given now. */
  end(): void {
    if (this.carryLength > 0 || this.carryOverlong) this.emitCarry();
  }

  /** Lines given so far. */
  get lineCount(): number {
    return this.nextLineNumber - 1;
  }

  private hold(bytes: Buffer, start: number, end: number): void {
    if (this.carryOverlong || start === end) return;
    const length = this.carryLength + end - start;
    if (length > MAX_LINE_BYTES) {
      this.carryLength = 0;
      this.carryOverlong = true;
      return;
    }
    if (length > this.carry.length) {
      const grown = Buffer.allocUnsafe(Math.min(MAX_LINE_BYTES, Math.max(length, this.carry.length * 2)));
      this.carry.copy(grown, 0, 0, this.carryLength);
      this.carry = grown;
    }
    bytes.copy(this.carry, this.carryLength, start, end);
    this.carryLength = length;
  }

  private emitCarry(): void {
    const overlong = this.carryOverlong;
    const length = this.carryLength;
    this.carryOverlong = false;
    this.carryLength = 0;
    if (overlong) this.handlers.onOverlong(this.nextLineNumber++);
    else this.emit(this.carry, 0, length);
  }

  private emit(bytes: Buffer, start: number, end: number): void {
    const lineNumber = this.nextLineNumber++;
    if (end - start > MAX_LINE_BYTES) {
      this.handlers.onOverlong(lineNumber);
      return;
    }
    const last = end > start && bytes[end - 1] === CARRIAGE_RETURN ? end - 1 : end;
    this.handlers.onLine(bytes, start, last, lineNumber);
  }
}
