import { type K6OutputLine, parseK6OutputLine } from './k6OutputLine';
import { K6OutputPointScanner } from './k6OutputPointScanner';
import { LineSplitter, MAX_LINE_BYTES } from './lineSplitter';

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
 * (malformed ones included) to the handler. A Point line in k6's shape is read from its bytes by
 * the point scanner; any other line is decoded and read by the general parser.
 */
export class K6OutputTally {
  readonly counts: K6OutputCounts = { lines: 0, metrics: 0, points: 0, malformed: 0, firstMalformed: [] };
  private readonly scanner = new K6OutputPointScanner();
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
      onLine: (bytes, start, end, lineNumber) => this.read(bytes, start, end, lineNumber),
      onOverlong: (lineNumber) =>
        this.handle({ kind: 'malformed', lineNumber, reason: `longer than ${MAX_LINE_BYTES} bytes` }),
    });
  }

  private read(bytes: Buffer, start: number, end: number, lineNumber: number): void {
    const point = this.scanner.scan(bytes, start, end);
    if (point !== null) this.handle({ kind: 'point', point });
    else this.handle(parseK6OutputLine(bytes.toString('utf8', start, end), lineNumber));
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
