import { HIGH_WATERMARK_CHARS, LOW_WATERMARK_CHARS } from '../../../shared/terminalFlowControl';

/**
 * Counts characters sent to each attached client and not yet acknowledged, and tells the pty
 * to pause while any client is above the high watermark, and to resume once all are below
 * the low one. Pausing stops reading, so the writing process blocks in the kernel: nothing
 * is dropped.
 */
export class FlowController<ClientKey> {
  private readonly unacked = new Map<ClientKey, number>();
  private paused = false;

  constructor(
    private readonly pause: () => void,
    private readonly resume: () => void,
    private readonly high = HIGH_WATERMARK_CHARS,
    private readonly low = LOW_WATERMARK_CHARS,
  ) {}

  get isPaused(): boolean {
    return this.paused;
  }

  /** Starts counting for a client from zero; an attaching client starts from the replay. */
  addClient(key: ClientKey): void {
    this.unacked.set(key, 0);
    this.update();
  }

  removeClient(key: ClientKey): void {
    this.unacked.delete(key);
    this.update();
  }

  sent(chars: number): void {
    for (const [key, count] of this.unacked) this.unacked.set(key, count + chars);
    this.update();
  }

  acknowledged(key: ClientKey, chars: number): void {
    const count = this.unacked.get(key);
    if (count === undefined) return;
    this.unacked.set(key, Math.max(0, count - chars));
    this.update();
  }

  private update(): void {
    let most = 0;
    for (const count of this.unacked.values()) most = Math.max(most, count);
    if (!this.paused && most > this.high) {
      this.paused = true;
      this.pause();
    } else if (this.paused && most < this.low) {
      this.paused = false;
      this.resume();
    }
  }
}
