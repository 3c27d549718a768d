import { WebglAddon } from '@xterm/addon-webgl';
import type { IDisposable, Terminal } from '@xterm/xterm';

/**
 * Draws an opened terminal with WebGL. When WebGL cannot start, or its context is lost later
 * (a GPU reset, or the browser's cap on live contexts), xterm's DOM renderer takes over.
 */
export function loadWebglRenderer(terminal: Terminal): IDisposable | null {
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
