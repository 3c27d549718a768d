import { StringDecoder } from 'node:string_decoder';

/** k6's lines are a few hundred bytes; a "line" this long means the file is not k6 output. */
export const MAX_LINE_CHARS = 1 << 20;

export interface LineSplitterHandlers {
  /** A complete line without its `\n` (nor a `\r` before it), numbered from 1. */
  onLine(text: string, lineNumber: number): void;
  /** A line longer than MAX_LINE_CHARS: dropped, only its number is given. */
  onOverlong(lineNumber: number): void;
}

/**
 * Turns chunks of a growing text (strings, or Buffers cut anywhere, even inside a UTF-8
 * character) into complete lines. The unfinished last line is held until its newline comes.
 */
export class LineSplitter {
  private readonly decoder = new StringDecoder('utf8');
  private partial = '';
  private partialOverlong = false;
  private nextLineNumber = 1;

  constructor(private readonly handlers: LineSplitterHandlers) {}

  push(chunk: string | Buffer): void {
    const text = typeof chunk === 'string' ? chunk : this.decoder.write(chunk);
    let start = 0;
    let newline = text.indexOf('\n');
    while (newline !== -1) {
      this.emit(this.partial + text.slice(start, newline));
      this.partial = '';
      start = newline + 1;
      newline = text.indexOf('\n', start);
    }
    this.hold(text.slice(start));
  }

  /** The writer has finished: a last line without a newline is given now. */
  end(): void {
    this.hold(this.decoder.end());
    if (this.partial !== '' || this.partialOverlong) this.emit(this.partial);
    this.partial = '';
  }

  /** Lines given so far. */
  get lineCount(): number {
    return this.nextLineNumber - 1;
  }

  private hold(rest: string): void {
    if (this.partialOverlong) return;
    if (this.partial.length + rest.length > MAX_LINE_CHARS) {
      this.partial = '';
      this.partialOverlong = true;
      return;
    }
    this.partial += rest;
  }

  private emit(line: string): void {
    const lineNumber = this.nextLineNumber++;
    if (this.partialOverlong || line.length > MAX_LINE_CHARS) {
      this.partialOverlong = false;
      this.handlers.onOverlong(lineNumber);
      return;
    }
    this.handlers.onLine(line.endsWith('\r') ? line.slice(0, -1) : line, lineNumber);
  }
}
