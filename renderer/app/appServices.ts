import type { HostConnection } from '../api/hostConnection';
import { createDashboardServices, type DashboardServices } from '../dashboard/dashboardServices';
import { startDashboardSync } from '../dashboard/dashboardSync';
import { createJournalStores, type JournalStores } from '../journal/journalStores';
import { startJournalSync } from '../journal/journalSync';
import { openRehearsalOnFirstRun } from '../sandbox/firstRunRehearsal';
import { startSandboxSync } from '../sandbox/sandboxSync';
import type { ShortcutTargets } from '../shortcuts/shortcutActions';
import { isTerminalPassThrough } from '../shortcuts/shortcutTable';
import { createFindBarStore } from '../state/findBarStore';
import { journalAccess } from '../state/journal/journalAccess';
import { k6Access } from '../state/k6/k6Access';
import { createK6Stores, type K6Stores } from '../state/k6/k6Stores';
import { startK6Sync } from '../state/k6/k6Sync';
import { createNavigationStore } from '../state/navigationStore';
import { createRunbookStores, type RunbookStores } from '../state/runbooks/runbookStores';
import { runbooksAccess } from '../state/runbooks/runbooksAccess';
import { startRunbooksSync } from '../state/runbooks/runbooksSync';
import { sandboxAccess } from '../state/sandbox/sandboxAccess';
import { createSandboxStore, type SandboxStore } from '../state/sandbox/sandboxStore';
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
  readonly journal: JournalStores;
  readonly sandbox: SandboxStore;
  readonly dashboard: DashboardServices;
  readonly k6: K6Stores;
  readonly runbooks: RunbookStores;
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
  const navigation = createNavigationStore();
  const journal = createJournalStores(journalAccess(host.api, host.connection), storage);
  const sandbox = createSandboxStore(sandboxAccess(host.api, host.connection));
  const dashboard = createDashboardServices({ api: host.api });
  const k6 = createK6Stores(k6Access(host.api, host.connection));
  const runbooks = createRunbookStores(runbooksAccess(host.api, host.connection));
  return {
    host,
    settings,
    terminals,
    terminalController,
    navigation,
    shortcutHelp: createShortcutHelpStore(),
    findBar: createFindBarStore(),
    journal,
    sandbox,
    dashboard,
    k6,
    runbooks,
    logIssue: journal.logIssue,
    commands: terminalController,
    start: () => {
      const stopTerminals = terminalController.start();
      const stopJournal = startJournalSync(host, journal, navigation);
      const stopSandbox = startSandboxSync(host, sandbox);
      const stopDashboard = startDashboardSync({ host, dashboard, day: journal.day, settings });
      const stopK6 = startK6Sync(host, k6.status);
      const stopRunbooks = startRunbooksSync(host, runbooks);
      const stopFirstRun = openRehearsalOnFirstRun(sandbox, journal.day, navigation);
      const stopSettings = settings.subscribe(({ terminalRenderer }) => {
        for (const view of terminalController.views()) view.setRenderer(terminalRenderer);
      });
      return () => {
        stopSettings();
        stopFirstRun();
        stopRunbooks();
        stopK6();
        stopDashboard();
        stopSandbox();
        stopJournal();
        stopTerminals();
      };
    },
  };
}
