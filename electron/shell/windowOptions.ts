import type { BrowserWindowConstructorOptions } from 'electron';

/** The renderer is served from this privileged scheme, never from file://. */
export const APP_SCHEME = 'warroom';
const APP_HOST = 'app';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** True only for pages of our own renderer: the one origin IPC and navigation trust. */
export function isAppUrl(url: string): boolean {
  try {
    // Node's URL gives custom schemes an opaque origin, so compare scheme and host instead.
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && !parsed.username;
  } catch {
    return false;
  }
}

/** True for links a terminal or page may hand to the system browser. */
export function isExternalWebUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

/** The main window, locked down per Electron's security checklist. */
export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1440,
    height: 900,
    minWidth: 900,
    minHeight: 600,
    title: 'Warroom',
    backgroundColor: '#0d1117',
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    },
  };
}

/** The one permission the app's page may have: notifications, for a breached target. */
const GRANTED_PERMISSIONS: ReadonlySet<string> = new Set(['notifications']);

/** Whether the app's own page may use `permission`; every other request is denied. */
export function isPermissionGranted(permission: string, requestingUrl: string): boolean {
  return GRANTED_PERMISSIONS.has(permission) && isAppUrl(requestingUrl);
}
