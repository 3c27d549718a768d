import type { TerminalSize } from '../../shared/terminalTypes';

/** What a terminal's screen tells its controller. */
export interface TerminalViewEvents {
  /** The user typed or pasted. */
  input(data: string): void;
  /** The screen was fitted to a new size (settled, not every frame of a drag). */
  resized(size: TerminalSize): void;
}

/** One terminal's screen as the controller drives it; an xterm in the page, a fake in tests. */
export interface TerminalView {
  /** Queues output; `parsed` runs once the screen has taken it in. */
  write(data: string, parsed?: () => void): void;
  /** A viewer cannot type; its screen follows the host's size instead of fitting its box. */
  setReadOnly(readOnly: boolean): void;
  /** For a viewer: the size the host's pty has. */
  followHostSize(size: TerminalSize): void;
  /** The screen's size once it has been fitted to its box; null before that. */
  fittedSize(): TerminalSize | null;
  dispose(): void;
}
