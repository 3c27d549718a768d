import { REPLAY_BUFFER_CHARS } from '../../../shared/terminalFlowControl';

/** The most recent output of a terminal, bounded, for clients that attach late or reconnect. */
export class ReplayBuffer {
  private chunks: string[] = [];
  private size = 0;

  constructor(private readonly capacity = REPLAY_BUFFER_CHARS) {}

  append(data: string): void {
    this.chunks.push(data);
    this.size += data.length;
    while (this.size > this.capacity && this.chunks.length > 0) {
      const first = this.chunks[0] as string;
      const excess = this.size - this.capacity;
      if (first.length <= excess) {
        this.chunks.shift();
        this.size -= first.length;
      } else {
        this.chunks[0] = first.slice(excess);
        this.size -= excess;
      }
    }
  }

  contents(): string {
    if (this.chunks.length > 1) this.chunks = [this.chunks.join('')];
    return this.chunks[0] ?? '';
  }
}
