import { MAX_MARK_FIELD_CHARS, shellMarkIntroducer } from './shellMarks';

/**
 * The longest mark held back while waiting for its end. Escaping writes a character as at most
 * four, so no mark of ours is longer; a longer one is someone else's or a runaway, and holding it
 * back further would freeze the screen.
 */
export const MAX_MARK_CHARS = 4 * MAX_MARK_FIELD_CHARS + 256;

const BEL = '\x07';
const STRING_TERMINATOR = '\x1b\\';

/** A stretch of the terminal's output, or the body of a mark (what follows its introducer). */
export type ShellStreamPart = { output: string } | { mark: string };

/**
 * Finds a terminal's marks in its output as it arrives in chunks, and takes them out. A mark cut
 * by a chunk boundary is held back until its end arrives; so is a chunk's tail that could begin
 * one, which costs nothing visible: xterm would wait for the rest of an escape sequence too.
 */
export class ShellMarkParser {
  private readonly introducer: string;
  private held = '';

  constructor(
    nonce: string,
    private readonly maxMarkChars = MAX_MARK_CHARS,
  ) {
    this.introducer = shellMarkIntroducer(nonce);
  }

  /** The chunk's output and marks in the order they came. */
  take(chunk: string): ShellStreamPart[] {
    const text = this.held + chunk;
    this.held = '';
    const parts: ShellStreamPart[] = [];
    let outputStart = 0;
    let searchFrom = 0;
    for (;;) {
      const start = text.indexOf(this.introducer, searchFrom);
      if (start < 0) break;
      const bodyStart = start + this.introducer.length;
      const end = findTerminator(text, bodyStart);
      if ((end ? end.index + end.length : text.length) - start > this.maxMarkChars) {
        // Too long to be ours: it stays in the output, and the search goes on past its start.
        searchFrom = start + 1;
        continue;
      }
      pushOutput(parts, text.slice(outputStart, start));
      if (!end) {
        this.held = text.slice(start);
        return parts;
      }
      parts.push({ mark: text.slice(bodyStart, end.index) });
      outputStart = searchFrom = end.index + end.length;
    }
    const partial = this.partialIntroducerAt(text, outputStart);
    pushOutput(parts, text.slice(outputStart, partial));
    this.held = text.slice(partial);
    return parts;
  }

  /** The output ended: whatever was held back, as plain output. */
  end(): string {
    const rest = this.held;
    this.held = '';
    return rest;
  }

  /** Where the text's tail could begin an introducer, or its length when it cannot. */
  private partialIntroducerAt(text: string, from: number): number {
    let at = text.indexOf('\x1b', Math.max(from, text.length - this.introducer.length + 1));
    while (at >= 0) {
      if (this.introducer.startsWith(text.slice(at))) return at;
      at = text.indexOf('\x1b', at + 1);
    }
    return text.length;
  }
}

function findTerminator(text: string, from: number): { index: number; length: number } | null {
  const bell = text.indexOf(BEL, from);
  const terminator = text.indexOf(STRING_TERMINATOR, from);
  if (bell >= 0 && (terminator < 0 || bell < terminator)) return { index: bell, length: BEL.length };
  if (terminator >= 0) return { index: terminator, length: STRING_TERMINATOR.length };
  return null;
}

function pushOutput(parts: ShellStreamPart[], output: string): void {
  if (output) parts.push({ output });
}
