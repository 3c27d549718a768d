import { ReplayBuffer } from './replayBuffer';

/** The first characters of a command's output kept for the journal: how it began. */
export const TRANSCRIPT_HEAD_CHARS = 64 * 1024;

/** The last characters kept: where the outcome is (a k6 summary, the error that ended a script). */
export const TRANSCRIPT_TAIL_CHARS = 192 * 1024;

/**
 * One command's output as the pty produced it, capped: past the cap, the head and the tail are
 * kept around a line saying how much was left out between them.
 */
export class CommandTranscript {
  private head = '';
  private readonly tail: ReplayBuffer;
  private total = 0;

  constructor(
    private readonly headChars = TRANSCRIPT_HEAD_CHARS,
    private readonly tailChars = TRANSCRIPT_TAIL_CHARS,
  ) {
    this.tail = new ReplayBuffer(tailChars);
  }

  append(output: string): void {
    this.total += output.length;
    const room = this.headChars - this.head.length;
    if (room > 0) this.head += output.slice(0, room);
    if (output.length > room) this.tail.append(room > 0 ? output.slice(room) : output);
  }

  get truncated(): boolean {
    return this.total > this.headChars + this.tailChars;
  }

  text(): string {
    if (!this.truncated) return this.head + this.tail.contents();
    const omitted = this.total - this.headChars - this.tailChars;
    return `${this.head}\r\n[Warroom left out ${omitted} characters of this output here]\r\n${this.tail.contents()}`;
  }
}
