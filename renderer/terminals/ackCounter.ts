import { CHAR_COUNT_ACK_SIZE } from '../../shared/terminalFlowControl';

/**
 * Counts characters xterm has parsed for one terminal and acknowledges them to the host in
 * chunks, not per write, so flow control costs one small call per few thousand characters.
 */
export class AckCounter {
  private unacknowledged = 0;

  constructor(
    private readonly acknowledge: (chars: number) => void,
    private readonly chunk = CHAR_COUNT_ACK_SIZE,
  ) {}

  parsed(chars: number): void {
    this.unacknowledged += chars;
    if (this.unacknowledged < this.chunk) return;
    const count = this.unacknowledged;
    this.unacknowledged = 0;
    this.acknowledge(count);
  }

  /** A new session starts counting from zero on the host too. */
  reset(): void {
    this.unacknowledged = 0;
  }
}
