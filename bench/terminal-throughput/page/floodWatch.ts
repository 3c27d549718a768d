import type { OutputObserver } from './consoleTerminals';
import { MarkerScanner } from './markerScanner';

/**
 * Watches the flood terminal: notices when the payload starts arriving, and resolves `done`
 * (with the time) once xterm's write callbacks have confirmed every character up to the end
 * marker. The payload's size is then the distance between the markers.
 */
export class FloodWatch implements OutputObserver {
  readonly done: Promise<number>;
  private readonly scanner: MarkerScanner;
  private parsedChars = 0;
  private finish = (_at: number): void => undefined;

  constructor(
    startMarker: string,
    endMarker: string,
    private readonly payloadStarted: () => void,
  ) {
    this.scanner = new MarkerScanner(startMarker, endMarker);
    this.done = new Promise((resolve) => {
      this.finish = resolve;
    });
  }

  /** Payload characters xterm has confirmed; final once `done` has resolved. */
  get payloadChars(): number {
    const { payloadStart, payloadEnd } = this.scanner;
    if (payloadStart === null) return 0;
    return Math.max(0, Math.min(this.parsedChars, payloadEnd ?? this.parsedChars) - payloadStart);
  }

  received(data: string): void {
    const started = this.scanner.payloadStart !== null;
    this.scanner.scan(data);
    if (!started && this.scanner.payloadStart !== null) this.payloadStarted();
  }

  parsed(data: string): void {
    this.parsedChars += data.length;
    const { payloadEnd } = this.scanner;
    if (payloadEnd !== null && this.parsedChars >= payloadEnd) this.finish(performance.now());
  }
}
