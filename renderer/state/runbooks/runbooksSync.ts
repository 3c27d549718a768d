import type { HostConnection } from '../../api/hostConnection';
import type { RunbookStores } from './runbookStores';
import { isActive } from './runsStore';

/**
 * Keeps the runbook stores in step with the host: the list, the runs and the open runbook on
 * each (re)connect; then every runbooks.changed (the whole list; the open runbook is fetched
 * again, as its file or history may have changed), runs.changed (the whole run; its end brings
 * new history) and runbooks.ticked (one runbook's ticks).
 */
export function startRunbooksSync(host: HostConnection, stores: RunbookStores): () => void {
  const { list, detail, runs } = stores;
  const refreshOpen = () => {
    if (detail.getState().openId !== null) void detail.getState().refresh();
  };
  const sessionStarted = () => {
    void list.getState().refresh();
    void runs.getState().refresh();
    refreshOpen();
  };
  const stops = [
    host.api.on('runbooks.changed', (summaries) => {
      list.getState().apply(summaries);
      refreshOpen();
    }),
    host.api.on('runs.changed', (run) => {
      const before = runs.getState().runs[run.runId];
      runs.getState().apply(run);
      const ended = !isActive(run) && (before === undefined || isActive(before));
      if (ended && run.runbookId === detail.getState().openId) refreshOpen();
    }),
    host.api.on('runbooks.ticked', ({ id, checks }) => detail.getState().applyChecks(id, checks)),
    host.onSessionStart(sessionStarted),
  ];
  // The first session may have begun before we listened.
  if (host.connection.getState().status === 'connected') sessionStarted();
  return () => {
    for (const stop of stops) stop();
  };
}
