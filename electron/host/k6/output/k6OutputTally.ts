import { type K6OutputLine, parseK6OutputLine } from './k6OutputLine';
import { LineSplitter, MAX_LINE_CHARS } from './lineSplitter';

/** Enough malformed line numbers to find the problem in the file without keeping an unbounded list. */
export const MALFORMED_KEPT = 10;

export interface K6MalformedLine {
  lineNumber: number;
  reason: string;
}

/** What a reader has seen of a k6 output file so far. */
export interface K6OutputCounts {
  lines: number;
  metrics: number;
  points: number;
  malformed: number;
  /** The first MALFORMED_KEPT malformed lines, in file order. */
  firstMalformed: K6MalformedLine[];
}

export type K6OutputHandler = (line: K6OutputLine) => void;

/**
 * Splits a byte stream into lines, parses each, counts them and hands every non-blank result
 * (malformed ones included) to the handler.
 */
export class K6OutputTally {
  readonly counts: K6OutputCounts = { lines: 0, metrics: 0, points: 0, malformed: 0, firstMalformed: [] };
  private splitter = this.newSplitter();

  constructor(private readonly onLine: K6OutputHandler) {}

  push(chunk: Buffer | string): void {
    this.splitter.push(chunk);
  }

  end(): void {
    this.splitter.end();
  }

  /** The file starts over (truncated or replaced): line numbers restart at 1, counts carry on. */
  restart(): void {
    this.splitter = this.newSplitter();
  }

  private newSplitter(): LineSplitter {
    return new LineSplitter({
      onLine: (text, lineNumber) => this.handle(parseK6OutputLine(text, lineNumber)),
      onOverlong: (lineNumber) =>
        this.handle({ kind: 'malformed', lineNumber, reason: `longer than ${MAX_LINE_CHARS} characters` }),
    });
  }

  private handle(line: K6OutputLine | null): void {
    this.counts.lines++;
    if (line === null) return;
    if (line.kind === 'metric') this.counts.metrics++;
    else if (line.kind === 'point') this.counts.points++;
    else {
      this.counts.malformed++;
      if (this.counts.firstMalformed.length < MALFORMED_KEPT) {
        this.counts.firstMalformed.push({ lineNumber: line.lineNumber, reason: line.reason });
      }
    }
    this.onLine(line);
  }
}
