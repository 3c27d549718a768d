/** A file's text as lines, to turn offsets into 1-based line and column and keep them inside the file. */

/** Markdown and YAML both end a line at CRLF, LF or a lone CR. */
const LINE_BREAK = /\r\n|\r|\n/;

export interface SourcePosition {
  line: number;
  column: number;
}

export class SourceText {
  readonly lines: string[];

  constructor(readonly text: string) {
    this.lines = text.split(LINE_BREAK);
  }

  /** The text of a 1-based line; '' past the end. */
  lineText(line: number): string {
    return this.lines[line - 1] ?? '';
  }

  /** The nearest position that lies inside the file: column at most the line's length + 1. */
  clamp(line: number, column: number): SourcePosition {
    const safeLine = Math.min(Math.max(1, Math.floor(line) || 1), this.lines.length);
    const maxColumn = this.lineText(safeLine).length + 1;
    return { line: safeLine, column: Math.min(Math.max(1, Math.floor(column) || 1), maxColumn) };
  }
}

/** Splits block text (a fence's content, the frontmatter) into lines as the file does. */
export function splitLines(text: string): string[] {
  return text.split(LINE_BREAK);
}

/** Where each line of `text` starts, to place offsets by binary search rather than by counting. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === '\n' || (char === '\r' && text[index + 1] !== '\n')) starts.push(index + 1);
  }
  return starts;
}

/** The line and 0-based column of a character offset, given the text's `lineStarts`. */
export function lineColumnAt(
  starts: readonly number[],
  offset: number,
): { lineIndex: number; columnIndex: number } {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((starts[middle] as number) <= offset) low = middle;
    else high = middle - 1;
  }
  return { lineIndex: low, columnIndex: Math.max(0, offset - (starts[low] as number)) };
}
