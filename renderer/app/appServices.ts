import type { HostConnection } from '../api/hostConnection';
import type { ShortcutTargets } from '../shortcuts/shortcutActions';
import { isTerminalPassThrough } from '../shortcuts/shortcutTable';
import { createFindBarStore } from '../state/findBarStore';
import { createNavigationStore } from '../state/navigationStore';
import { createSettingsStore, type SettingsStorage, type SettingsStore } from '../state/settingsStore';
import { createShortcutHelpStore } from '../state/shortcutHelpStore';
import { createTerminalsStore } from '../state/terminalsStore';
import { TerminalController } from '../terminals/terminalController';
import { XtermTerminalView } from '../terminals/xtermTerminalView';

/** Everything the UI's components reach through context: the host, the stores, the terminals. */
export interface AppServices extends ShortcutTargets {
  readonly host: HostConnection;
  readonly settings: SettingsStore;
  readonly terminalController: TerminalController<XtermTerminalView>;
  /** Starts following the host; returns the function that stops. */
  start(): () => void;
}

/** Builds the services without side effects; nothing listens or draws until start(). */
export function createAppServices(host: HostConnection, storage: SettingsStorage | null): AppServices {
  const settings = createSettingsStore(storage);
  const terminals = createTerminalsStore();
  const terminalController = new TerminalController(
    host,
    terminals,
    (_id, events) =>
      new XtermTerminalView({
        events,
        renderer: settings.getState().terminalRenderer,
        isAppShortcut: isTerminalPassThrough,
      }),
  );
  return {
    host,
    settings,
    terminals,
    terminalController,
    navigation: createNavigationStore(),
    shortcutHelp: createShortcutHelpStore(),
    findBar: createFindBarStore(),
    commands: terminalController,
    start: () => {
      const stopTerminals = terminalController.start();
      const stopSettings = settings.subscribe(({ terminalRenderer }) => {
        for (const view of terminalController.views()) view.setRenderer(terminalRenderer);
      });
      return () => {
        stopSettings();
        stopTerminals();
      };
    },
  };
}
