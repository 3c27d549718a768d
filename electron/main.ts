import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, ipcMain, protocol, session, shell } from 'electron';
import { createConsoleHost } from './consoleHost';
import { defaultJournalPath } from './host/journal/journalLocation';
import { openJournalWithFallback } from './host/journal/openJournalWithFallback';
import { METRICS_PATH, startMetricsEndpoint } from './host/metrics/metricsEndpoint';
import { packageLayout } from './packageLayout';
import { electronPdfPrinter } from './shell/electronPdfPrinter';
import { safeStorageVault } from './shell/safeStorageVault';
import {
  APP_ENTRY_URL,
  APP_SCHEME,
  isAppUrl,
  isExternalWebUrl,
  isPermissionGranted,
  mainWindowOptions,
} from './shell/windowOptions';
import { bindIpcCarrier } from './transport/ipc';
import { readRendererAsset } from './transport/rendererAssets';

// The Electron-only shell: a locked-down window, our own scheme, and the host bound to IPC.
const layout = packageLayout(fileURLToPath(new URL('../..', import.meta.url)));

// Every renderer sandboxed, not only the windows that ask for it.
app.enableSandbox();

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-navigate', (navigation) => {
    if (!isAppUrl(navigation.url)) navigation.preventDefault();
  });
  contents.on('will-attach-webview', (attach) => attach.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isExternalWebUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
});

app.whenReady().then(() => {
  session.defaultSession.setPermissionRequestHandler((contents, permission, decide) =>
    decide(isPermissionGranted(permission, contents.getURL())),
  );
  session.defaultSession.setPermissionCheckHandler((_contents, permission, origin) =>
    isPermissionGranted(permission, origin),
  );
  protocol.handle(APP_SCHEME, async (request) => {
    const asset = await readRendererAsset(layout.rendererDir, new URL(request.url).pathname);
    return new Response(new Uint8Array(asset.body), { status: asset.status, headers: asset.headers });
  });

  // `npm start` builds better-sqlite3 for Electron's ABI and says where (scripts/start-desktop.mjs).
  const journal = openJournalWithFallback(defaultJournalPath(), {
    nativeBinding: process.env.WARROOM_SQLITE_BINDING,
  });
  const host = createConsoleHost(
    layout,
    layout.defaultWorkspace,
    journal,
    safeStorageVault(),
    electronPdfPrinter,
  );
  const unbind = bindIpcCarrier(ipcMain, host, isAppUrl);
  // Warroom's own metrics, for the managed Prometheus; the app works without them.
  void startMetricsEndpoint(host.metrics.registry).then(
    (endpoint) => host.metricsServedAt(endpoint.address, METRICS_PATH),
    (error: unknown) => console.error(`warroom: /metrics is not served: ${String(error)}`),
  );
  let journalClosed = false;
  app.on('will-quit', (quitting) => {
    if (journalClosed) return;
    // Hold the quit until the journal has committed what is queued.
    quitting.preventDefault();
    unbind();
    void host.shutdown().finally(() => {
      journalClosed = true;
      app.quit();
    });
  });

  const window = new BrowserWindow(mainWindowOptions(layout.preloadPath));
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_ENTRY_URL);
});

app.on('window-all-closed', () => app.quit());
