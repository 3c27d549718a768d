import { WebglAddon } from '@xterm/addon-webgl';
import type { IDisposable, Terminal } from '@xterm/xterm';
import { webglRasterizer } from './webglRasterizer';

/**
 * Draws an opened terminal with WebGL. When WebGL cannot start, or its context is lost later
 * (a GPU reset, or the browser's cap on live contexts), xterm's DOM renderer takes over. A
 * software rasterizer (a machine without a usable GPU) gets the DOM renderer from the start:
 * there WebGL drew 4 to 10 times slower in bench/terminal-throughput.
 */
export function loadWebglRenderer(terminal: Terminal): IDisposable | null {
  if (webglRasterizer()?.software !== false) return null;
  try {
    const addon = new WebglAddon();
    addon.onContextLoss(() => addon.dispose());
    terminal.loadAddon(addon);
    return addon;
  } catch (error) {
    console.warn('WebGL terminal renderer unavailable; using the DOM renderer.', error);
    return null;
  }
}
