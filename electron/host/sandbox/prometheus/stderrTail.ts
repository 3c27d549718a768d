import type { Readable } from 'node:stream';

/** Keeps the last lines a child wrote to a stream, to explain why it failed. */
export class StderrTail {
  private lines: string[] = [];
  private partial = '';

  constructor(
    stream: Readable | null,
    private readonly keep: number,
  ) {
    stream?.setEncoding('utf8');
    stream?.on('data', (chunk: string) => this.add(chunk));
  }

  private add(chunk: string): void {
    const parts = (this.partial + chunk).split('\n');
    this.partial = parts.pop() ?? '';
    this.lines.push(...parts.filter((line) => line.trim() !== ''));
    if (this.lines.length > this.keep) this.lines = this.lines.slice(-this.keep);
  }

  get text(): string {
    return [...this.lines, this.partial].filter((line) => line.trim() !== '').join('\n');
  }
}
