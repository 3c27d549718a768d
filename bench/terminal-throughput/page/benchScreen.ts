import { Terminal } from '@xterm/xterm';
import { loadWebglRenderer } from '../../../renderer/terminals/webglRenderer';
import { XTERM_OPTIONS } from '../../../renderer/terminals/xtermOptions';
import type { TerminalSize } from '../../../shared/terminalTypes';
import type { ScreenRenderer } from '../pageContract';

/** The flood terminal's size, as the brief asks: a typical maximised terminal. */
export const FLOOD_SCREEN_SIZE: TerminalSize = { cols: 120, rows: 40 };

/** One xterm on the page, set up like the console's own: same options, WebGL with DOM fallback. */
export interface BenchScreen {
  readonly terminal: Terminal;
  readonly renderer: ScreenRenderer;
  dispose(): void;
}

export function openBenchScreen(size: TerminalSize): BenchScreen {
  const element = document.createElement('div');
  document.getElementById('screens')?.appendChild(element);
  const terminal = new Terminal({ ...XTERM_OPTIONS, ...size });
  terminal.open(element);
  const webgl = loadWebglRenderer(terminal);
  return {
    terminal,
    renderer: webgl ? 'webgl' : 'dom',
    dispose: () => {
      terminal.dispose();
      element.remove();
    },
  };
}
