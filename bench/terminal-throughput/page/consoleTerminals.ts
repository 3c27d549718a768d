import { type HostConnection, openHostConnection } from '../../../renderer/api/hostConnection';
import { createTerminalsStore } from '../../../renderer/state/terminalsStore';
import { TerminalController } from '../../../renderer/terminals/terminalController';
import type { TerminalView, TerminalViewEvents } from '../../../renderer/terminals/terminalView';
import type { TerminalId, TerminalSize } from '../../../shared/terminalTypes';
import { type BenchScreen, openBenchScreen } from './benchScreen';
import { withTimeout } from './withTimeout';

/** Loopback: the socket opens and the host answers the hello in milliseconds. */
const CONNECT_TIMEOUT_MS = 10_000;

/** A fresh shell prints its prompt within milliseconds. */
const PROMPT_TIMEOUT_MS = 10_000;

/** Sees a terminal's output twice, in the same order: on arrival, and once xterm has parsed it. */
export interface OutputObserver {
  received(data: string): void;
  parsed(data: string): void;
}

export interface ConsoleTerminal {
  readonly id: TerminalId;
  readonly screen: BenchScreen;
  close(): Promise<void>;
}

/**
 * The console's own terminal stack on the bench page: the renderer's host connection (token
 * from the URL, hello, reconnect) and its TerminalController (attach and replay, output
 * straight into xterm, acknowledgements in chunks), with each xterm a bench screen whose
 * output an observer can watch.
 */
export class ConsoleTerminals {
  private readonly controller: TerminalController<ObservedScreen>;
  private readonly observers = new Map<TerminalId, OutputObserver>();
  private nextSize: TerminalSize = { cols: 80, rows: 24 };

  private constructor(private readonly connection: HostConnection) {
    this.controller = new TerminalController(connection, createTerminalsStore(), (id, events) => {
      const observer = () => this.observers.get(id);
      return new ObservedScreen(openBenchScreen(this.nextSize), events, observer);
    });
    this.controller.start();
  }

  static async connect(): Promise<ConsoleTerminals> {
    const connection = openHostConnection();
    const connected = new Promise<void>((resolve) => connection.onSessionStart(resolve));
    await withTimeout(connected, CONNECT_TIMEOUT_MS, 'the console did not connect');
    return new ConsoleTerminals(connection);
  }

  /** Opens a shell of the given size, as the console shows it, once it has printed its prompt. */
  async open(size: TerminalSize, title: string, observer: OutputObserver): Promise<ConsoleTerminal> {
    this.nextSize = size;
    const { id } = await this.connection.api.terminals.create({ ...size, title });
    this.observers.set(id, observer);
    const view = this.controller.view(id);
    if (!view) throw new Error(`the console has no screen for terminal ${id}`);
    await withTimeout(view.printed, PROMPT_TIMEOUT_MS, `terminal ${id} printed no prompt`);
    return { id, screen: view.screen, close: () => this.controller.closeTerminal(id) };
  }
}

/** A bench screen as the controller's TerminalView, reporting its output to an observer. */
class ObservedScreen implements TerminalView {
  /** Resolves once the shell has printed something (its prompt). */
  readonly printed: Promise<void>;
  private notePrinted = (): void => undefined;

  constructor(
    readonly screen: BenchScreen,
    events: TerminalViewEvents,
    private readonly observer: () => OutputObserver | undefined,
  ) {
    this.printed = new Promise((resolve) => {
      this.notePrinted = resolve;
    });
    screen.terminal.onData((data) => events.input(data));
  }

  write(data: string, parsed?: () => void): void {
    const observer = this.observer();
    observer?.received(data);
    this.screen.terminal.write(data, () => {
      parsed?.();
      observer?.parsed(data);
      const { cursorX, cursorY } = this.screen.terminal.buffer.active;
      // The reset the controller writes first moves nothing; a prompt moves the cursor.
      if (cursorX > 0 || cursorY > 0) this.notePrinted();
    });
  }

  setReadOnly(): void {}

  followHostSize(): void {}

  fittedSize(): TerminalSize {
    return { cols: this.screen.terminal.cols, rows: this.screen.terminal.rows };
  }

  dispose(): void {
    this.screen.dispose();
  }
}
