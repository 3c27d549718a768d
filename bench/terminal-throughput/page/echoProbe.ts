import type { EchoResult } from '../pageContract';
import type { OutputObserver } from './consoleTerminals';

/** One keystroke every this many ms: a fast typist's pace. */
const KEYSTROKE_INTERVAL_MS = 50;

/** At most 5 s of typing, whatever the flood does. */
const MAX_KEYSTROKES = 100;

/** Lowercase letters only: the shell's line discipline echoes each as itself. */
const KEYS = 'abcdefghijklmnopqrstuvwxyz';

/** An echo not parsed this long after typing stopped counts as missing. */
const ECHO_SETTLE_MS = 2_000;

/**
 * Types into a quiet shell while another terminal floods, and measures each keystroke's trip:
 * xterm input → terminals.write → pty echo → host → WebSocket → xterm has parsed the echo.
 */
export class EchoProbe implements OutputObserver {
  private readonly typedAt: number[] = [];
  private readonly latencies: number[] = [];
  /** How many keystrokes had their echo received, after each received chunk not yet parsed. */
  private readonly echoedAfterChunk: number[] = [];
  private echoed = 0;
  private timer: ReturnType<typeof setInterval> | undefined;
  private allParsed = (): void => undefined;

  /** Starts typing; `type` feeds one key to the echo terminal's xterm as user input. */
  start(type: (key: string) => void): void {
    this.timer = setInterval(() => {
      if (this.typedAt.length >= MAX_KEYSTROKES) {
        this.stop();
        return;
      }
      const key = KEYS.charAt(this.typedAt.length % KEYS.length);
      this.typedAt.push(performance.now());
      type(key);
    }, KEYSTROKE_INTERVAL_MS);
  }

  stop(): void {
    clearInterval(this.timer);
  }

  /** Stops typing and waits (bounded) for the outstanding echoes. */
  async finish(): Promise<EchoResult> {
    this.stop();
    if (this.latencies.length < this.typedAt.length) {
      await new Promise<void>((resolve) => {
        this.allParsed = resolve;
        setTimeout(resolve, ECHO_SETTLE_MS);
      });
    }
    return { latenciesMs: [...this.latencies], missing: this.typedAt.length - this.latencies.length };
  }

  received(data: string): void {
    for (const char of data) {
      if (this.echoed < this.typedAt.length && char === KEYS.charAt(this.echoed % KEYS.length)) this.echoed++;
    }
    this.echoedAfterChunk.push(this.echoed);
  }

  parsed(): void {
    const now = performance.now();
    const echoed = this.echoedAfterChunk.shift() ?? this.latencies.length;
    for (const typedAt of this.typedAt.slice(this.latencies.length, echoed))
      this.latencies.push(now - typedAt);
    if (this.latencies.length === this.typedAt.length) this.allParsed();
  }
}
