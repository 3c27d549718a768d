import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it, vi } from 'vitest';

/**
 * The built Electron entry (out/main/main.js) loaded against a stand-in for the `electron`
 * module: the Electron binary cannot run on these machines, so the handlers the entry installs
 * are captured and driven here as Electron would drive them. The app never becomes ready, so
 * no journal or window is opened.
 */
const electron = vi.hoisted(() => ({
  appListeners: new Map<string, (...args: unknown[]) => void>(),
  sandboxEnabled: false,
  privilegedSchemes: [] as unknown[],
  openedExternally: [] as string[],
}));

vi.mock('electron', () => ({
  app: {
    enableSandbox: () => {
      electron.sandboxEnabled = true;
    },
    on: (event: string, listener: (...args: unknown[]) => void) => electron.appListeners.set(event, listener),
    whenReady: () => new Promise(() => undefined),
    quit: () => undefined,
  },
  protocol: {
    registerSchemesAsPrivileged: (schemes: unknown[]) => electron.privilegedSchemes.push(...schemes),
    handle: () => undefined,
  },
  shell: {
    openExternal: async (url: string) => {
      electron.openedExternally.push(url);
    },
  },
  BrowserWindow: class {},
  ipcMain: {},
  session: {},
  safeStorage: {},
}));

type Listener = (...args: unknown[]) => unknown;

/** A web contents as the entry sees it in 'web-contents-created'. */
class StandInContents {
  readonly listeners = new Map<string, Listener>();
  windowOpenHandler: Listener | null = null;
  on(event: string, listener: Listener): void {
    this.listeners.set(event, listener);
  }
  setWindowOpenHandler(handler: Listener): void {
    this.windowOpenHandler = handler;
  }
  /** Emits a cancellable event and says whether the handler cancelled it. */
  emitCancellable(event: string, details: object = {}): boolean {
    let prevented = false;
    this.listeners.get(event)?.({ ...details, preventDefault: () => (prevented = true) });
    return prevented;
  }
}

describe('the desktop entry, driven through a stand-in for Electron', () => {
  const contents = new StandInContents();

  beforeAll(async () => {
    await import(/* @vite-ignore */ pathToFileURL(resolve('out/main/main.js')).href);
    electron.appListeners.get('web-contents-created')?.({}, contents);
  });

  it('sandboxes every renderer and serves the app from a secure scheme of its own, not file://', () => {
    expect(electron.sandboxEnabled).toBe(true);
    expect(electron.privilegedSchemes).toEqual([
      { scheme: 'warroom', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('lets a page navigate only within the app', () => {
    expect(contents.emitCancellable('will-navigate', { url: 'warroom://app/index.html' })).toBe(false);
    for (const url of ['https://evil.example/', 'file:///etc/passwd', 'warroom://evil/index.html']) {
      expect(contents.emitCancellable('will-navigate', { url }), url).toBe(true);
    }
  });

  it('refuses to attach any webview', () => {
    expect(contents.emitCancellable('will-attach-webview')).toBe(true);
  });

  it('opens no new window: web links go to the system browser, anything else nowhere', () => {
    const urls = [
      'https://grafana.example/d/1',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'warroom://app/',
    ];
    for (const url of urls) {
      expect(contents.windowOpenHandler?.({ url }), url).toEqual({ action: 'deny' });
    }
    expect(electron.openedExternally).toEqual(['https://grafana.example/d/1']);
  });
});
