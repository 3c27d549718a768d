/** What the bench page offers the runner on `window.terminalBench`, and what it reports back. */

export type ScreenRenderer = 'webgl' | 'dom';

import type { WebglRasterizer } from '../../renderer/terminals/webglRasterizer';

export type { WebglRasterizer };

export interface CspViolation {
  directive: string;
  /** 'eval', 'inline', or the URL of a refused resource. */
  blocked: string;
  /** Where in the page's code it happened. */
  source: string;
}

export interface XtermDirectOptions {
  /** Same-origin path of the file holding node-pty's exact output. */
  floodUrl: string;
}

export interface XtermDirectResult {
  /** Characters confirmed by xterm's write callbacks. */
  chars: number;
  ms: number;
  renderer: ScreenRenderer;
}

export interface EndToEndOptions {
  /** The line typed into the flood terminal's shell, ending in '\r'. */
  line: string;
  startMarker: string;
  endMarker: string;
}

export interface EchoResult {
  /** Keystroke to parsed echo, one per keystroke typed while the flood ran. */
  latenciesMs: number[];
  /** Keystrokes whose echo never reached the echo terminal's xterm. */
  missing: number;
}

export interface EndToEndResult {
  /** Payload characters (between the markers) confirmed by xterm's write callbacks. */
  chars: number;
  /** From typing the flood line to xterm having parsed the end marker. */
  ms: number;
  renderer: ScreenRenderer;
  echo: EchoResult;
}

export interface TerminalBenchPage {
  xtermDirect(options: XtermDirectOptions): Promise<XtermDirectResult>;
  endToEnd(options: EndToEndOptions): Promise<EndToEndResult>;
  /** The rasterizer WebGL 2 would use, or null when there is no WebGL 2. */
  webglRasterizer(): WebglRasterizer | null;
  /** Content-Security-Policy violations the page has seen. */
  cspViolations(): CspViolation[];
}

export interface BenchWindow extends Window {
  terminalBench: TerminalBenchPage;
}
