import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import type { HostConnection } from '../api/hostConnection';
import { AppHeader } from '../shell/AppHeader';
import { LogIssueDialog } from '../shell/LogIssueDialog';
import { ShortcutHelpOverlay } from '../shell/ShortcutHelpOverlay';
import { useGlobalShortcuts } from '../shortcuts/useGlobalShortcuts';
import { selectView } from '../state/navigationStore';
import type { SettingsStorage } from '../state/settingsStore';
import { DashboardView } from '../views/DashboardView';
import { ToastList } from '../views/dashboard/ToastList';
import { JournalView } from '../views/JournalView';
import { RehearsalView } from '../views/RehearsalView';
import { ReportView } from '../views/ReportView';
import { RunbooksView } from '../views/RunbooksView';
import { TerminalsView } from '../views/TerminalsView';
import { createAppServices } from './appServices';
import { ServicesProvider } from './servicesContext';

/** localStorage, unless the browser blocks it (then settings last for the session). */
function browserStorage(): SettingsStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function App({ connection }: { connection: HostConnection }) {
  const [services] = useState(() => createAppServices(connection, browserStorage()));
  useEffect(() => services.start(), [services]);
  useGlobalShortcuts(services);
  const current = useStore(services.navigation, selectView);

  return (
    <ServicesProvider value={services}>
      <div className="app">
        <AppHeader />
        <main className="app-main">
          {current === 'dashboard' && <DashboardView />}
          {current === 'runbooks' && <RunbooksView />}
          <TerminalsView visible={current === 'terminals'} />
          {current === 'journal' && <JournalView />}
          {current === 'report' && <ReportView />}
          {current === 'rehearsal' && <RehearsalView />}
        </main>
        <ToastList />
        <LogIssueDialog />
        <ShortcutHelpOverlay />
      </div>
    </ServicesProvider>
  );
}
