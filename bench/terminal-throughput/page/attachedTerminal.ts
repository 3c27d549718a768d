import { AckCounter } from '../../../renderer/terminals/ackCounter';
import type { WarroomApi } from '../../../shared/api';
import type { TerminalId, TerminalSize } from '../../../shared/terminalTypes';
import { type BenchScreen, openBenchScreen } from './benchScreen';
import { withTimeout } from './withTimeout';

/** A fresh shell prints its prompt within milliseconds. */
const PROMPT_TIMEOUT_MS = 10_000;

/** Sees a terminal's live output twice, in the same order: on arrival, and once xterm has parsed it. */
export interface OutputObserver {
  received(data: string): void;
  parsed(data: string): void;
}

export interface AttachedTerminal {
  readonly id: TerminalId;
  readonly screen: BenchScreen;
  close(): Promise<void>;
}

/** An ack or keystroke lost with the connection shows up as a stalled flood or a missing echo. */
const ignoreFailure = (): void => undefined;

/**
 * Creates a host terminal and wires it to a screen the way the console's TerminalController
 * does: output from the event stream straight into xterm (the replay first, live output after
 * it), parsed characters acknowledged in CHAR_COUNT_ACK_SIZE chunks, typing sent with
 * terminals.write. Resolves once the shell has printed something (its prompt).
 */
export async function openAttachedTerminal(
  api: WarroomApi,
  size: TerminalSize,
  title: string,
  observer: OutputObserver,
): Promise<AttachedTerminal> {
  const { id } = await api.terminals.create({ ...size, title });
  const screen = openBenchScreen(size);
  const ack = new AckCounter((chars) => api.terminals.ack({ id, chars }).catch(ignoreFailure));
  let outputSeen = (): void => undefined;
  const firstOutput = new Promise<void>((resolve) => {
    outputSeen = resolve;
  });
  const writeLive = (data: string) => {
    observer.received(data);
    outputSeen();
    screen.terminal.write(data, () => {
      ack.parsed(data.length);
      observer.parsed(data);
    });
  };
  let pending: string[] | null = [];
  const stopOutput = api.on('terminals.data', (event) => {
    if (event.id !== id) return;
    if (pending) pending.push(event.data);
    else writeLive(event.data);
  });
  const stopInput = screen.terminal.onData((data) => api.terminals.write({ id, data }).catch(ignoreFailure));
  const { replay } = await api.terminals.attach({ id });
  // The replay is not counted: the host counts only what it sends after the attach.
  if (replay) {
    screen.terminal.write(replay);
    outputSeen();
  }
  for (const data of pending) writeLive(data);
  pending = null;
  await withTimeout(firstOutput, PROMPT_TIMEOUT_MS, `terminal ${id} printed no prompt`);
  return {
    id,
    screen,
    close: async () => {
      stopOutput();
      stopInput.dispose();
      screen.dispose();
      await api.terminals.close({ id });
    },
  };
}
