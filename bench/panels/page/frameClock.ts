import type { FrameTimes } from '../pageContract';

/**
 * Times every animation frame two ways: the interval since the previous frame began (what the
 * screen sees: about 16.7 ms when on time), and the frame's own time, from when it began (its
 * rAF timestamp) to when it has been rendered, waiting on a busy main thread included.
 */
export class FrameClock {
  private times: FrameTimes = { intervalMs: [], frameMs: [] };
  private lastBegin = 0;
  private running = false;
  private readonly channel = new MessageChannel();
  private frameBegin = 0;

  constructor() {
    // Posted from inside a frame, a message is handled once that frame has been rendered.
    this.channel.port1.onmessage = () => {
      this.times.frameMs.push(performance.now() - this.frameBegin);
      if (this.running) requestAnimationFrame(this.frame);
    };
  }

  start(): void {
    this.times = { intervalMs: [], frameMs: [] };
    this.lastBegin = 0;
    this.running = true;
    requestAnimationFrame(this.frame);
  }

  stop(): FrameTimes {
    this.running = false;
    return this.times;
  }

  private readonly frame = (timestamp: number): void => {
    if (this.lastBegin !== 0) this.times.intervalMs.push(timestamp - this.lastBegin);
    this.lastBegin = timestamp;
    this.frameBegin = timestamp;
    this.channel.port2.postMessage(null);
  };
}

/** Resolves once the next frame has been rendered. */
export function afterNextFrame(): Promise<void> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(null);
    }),
  );
}
