import { OUTPUT_BATCH_MAX_CHARS, OUTPUT_BATCH_MS } from '../../../shared/terminalFlowControl';

/**
 * Gathers a pty's output for a few milliseconds so a flood travels in a few large messages
 * instead of thousands of tiny ones, and sends early once a batch is large. Output after a
 * quiet spell (a keystroke's echo) goes out at once: batching only waits while output streams.
 */
export class OutputBatcher {
  private chunks: string[] = [];
  private size = 0;
  private timer: NodeJS.Timeout | undefined;
  private lastSentAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly emit: (data: string) => void,
    private readonly batchMs = OUTPUT_BATCH_MS,
    private readonly maxChars = OUTPUT_BATCH_MAX_CHARS,
  ) {}

  push(data: string): void {
    this.chunks.push(data);
    this.size += data.length;
    if (this.size >= this.maxChars) {
      this.flush();
      return;
    }
    if (this.timer) return;
    if (performance.now() - this.lastSentAt >= this.batchMs) this.flush();
    else this.timer = setTimeout(() => this.flush(), this.batchMs);
  }

  /** Sends whatever is pending now; called on a timer, when large, and before an exit. */
  flush(): void {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    if (this.size === 0) return;
    const data = this.chunks.length === 1 ? (this.chunks[0] as string) : this.chunks.join('');
    this.chunks = [];
    this.size = 0;
    this.lastSentAt = performance.now();
    this.emit(data);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.chunks = [];
    this.size = 0;
  }
}
