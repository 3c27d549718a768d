import type { TerminalSize } from '../../../shared/terminalTypes';
import type { EndToEndOptions, EndToEndResult } from '../pageContract';
import { FLOOD_SCREEN_SIZE } from './benchScreen';
import { ConsoleTerminals } from './consoleTerminals';
import { EchoProbe } from './echoProbe';
import { FloodWatch } from './floodWatch';
import { withTimeout } from './withTimeout';

/** The quiet terminal typed into during the flood: an ordinary default-sized shell beside it. */
const ECHO_SCREEN_SIZE: TerminalSize = { cols: 80, rows: 24 };

/** Generous for ~68 MB at a few MB/s; a stalled flood fails the bench instead of hanging it. */
const FLOOD_TIMEOUT_MS = 150_000;

/**
 * The real path: a shell in a host pty floods through the host's batching and flow control,
 * the WebSocket carrier and the renderer's client into xterm, while a second terminal is typed into.
 */
export async function runEndToEnd({
  line,
  startMarker,
  endMarker,
}: EndToEndOptions): Promise<EndToEndResult> {
  const terminals = await ConsoleTerminals.connect();
  const probe = new EchoProbe();
  const echo = await terminals.open(ECHO_SCREEN_SIZE, 'bench echo', probe);
  const typeIntoEcho = (key: string) => echo.screen.terminal.input(key, true);
  const watch = new FloodWatch(startMarker, endMarker, () => probe.start(typeIntoEcho));
  const flood = await terminals.open(FLOOD_SCREEN_SIZE, 'bench flood', watch);
  try {
    const startedAt = performance.now();
    // Typed into the flood terminal's xterm, as a person would.
    flood.screen.terminal.input(line, true);
    const doneAt = await withTimeout(watch.done, FLOOD_TIMEOUT_MS, 'the flood did not reach xterm');
    const echoResult = await probe.finish();
    return {
      chars: watch.payloadChars,
      ms: doneAt - startedAt,
      renderer: flood.screen.renderer,
      echo: echoResult,
    };
  } finally {
    probe.stop();
    await Promise.all([flood.close(), echo.close()]);
  }
}
