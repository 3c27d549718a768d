import type { DashboardStatus, PanelData } from '../../shared/dashboardTypes';
import type { HostConnection } from '../api/hostConnection';
import { type Clock, createThrottle, systemClock } from '../journal/throttle';
import { dashboardFailureMessage } from '../state/dashboard/dashboardAccess';
import { chartPanels, dataSignature, selectDashboard } from '../state/dashboard/dashboardWorkspaceStore';
import { type JournalDayStore, selectCurrentDay } from '../state/journal/journalDayStore';
import type { SettingsStore } from '../state/settingsStore';
import { newlyBreached } from './breachRule';
import { currentWindow } from './currentWindow';
import type { DashboardServices } from './dashboardServices';
import { timeRange } from './timeRanges';

/** Markers are refetched at most once a second while the journal changes (a CLI can append hundreds). */
export const MARKER_REFRESH_INTERVAL_MS = 1_000;

export interface DashboardSyncOptions {
  host: HostConnection;
  dashboard: DashboardServices;
  day: JournalDayStore;
  settings: SettingsStore;
  clock?: Clock;
}

/**
 * Keeps the dashboard in step with the host: the workspace's definition, the whole status on each
 * change (raising a notification for each new breach), every panel's new points into the series
 * store, the chosen range's data refetched on each (re)connect or range change, and the current
 * day's journal events as markers.
 */
export function startDashboardSync({
  host,
  dashboard,
  day,
  settings,
  clock = systemClock,
}: DashboardSyncOptions): () => void {
  const { workspace, status, series, range, markers, notifier } = dashboard;

  const chartWindow = () => currentWindow(range, day, clock.now());
  const cutoff = () => chartWindow().min;

  /** Grows with each refetch: an answer to an earlier one is dropped. */
  let generation = 0;
  const refetch = async () => {
    const asked = ++generation;
    const live = timeRange(range.getState().rangeId).live;
    if (!live) range.getState().fetching();
    try {
      if (!live) await fetchLongRange(asked);
      const current = await host.api.dashboard.live({});
      if (asked !== generation) return;
      if (live) series.replaceAll(current, cutoff());
      else for (const data of current) series.append(data, cutoff());
      range.getState().fetched(null);
    } catch (error) {
      if (asked === generation)
        range.getState().fetched(dashboardFailureMessage('load the chart data', error));
    }
  };
  /** Each chart panel's history over the window from Prometheus; a panel with a broken query says so itself. */
  const fetchLongRange = async (asked: number) => {
    const { min, max } = chartWindow();
    const from = Math.floor(min);
    const to = Math.max(from + 1, Math.ceil(max));
    const panels = chartPanels(selectDashboard(workspace.getState()));
    const answers = await Promise.allSettled(
      panels.map((panel) => host.api.dashboard.range({ panelId: panel.id, from, to })),
    );
    if (asked !== generation) return;
    const fetched: PanelData[] = [];
    answers.forEach((answer, index) => {
      if (answer.status === 'fulfilled') fetched.push(answer.value);
      else if (!panelHasError(panels[index]?.id)) throw answer.reason;
    });
    series.replaceAll(fetched, cutoff());
  };
  const panelHasError = (panelId: string | undefined) =>
    status.getState().status?.panels.some((panel) => panel.panelId === panelId && panel.error !== null) ??
    false;

  const notifyBreaches = (previous: DashboardStatus | null, next: DashboardStatus) => {
    const panels = selectDashboard(workspace.getState())?.panels ?? [];
    for (const breached of newlyBreached(previous, next, settings.getState().mutedPanels)) {
      const panel = panels.find((candidate) => candidate.id === breached.panelId);
      if (panel) notifier.breached(panel, breached);
    }
  };

  let signature = dataSignature(selectDashboard(workspace.getState()));
  const followWorkspace = () => {
    const next = dataSignature(selectDashboard(workspace.getState()));
    if (next === signature) return false;
    signature = next;
    return true;
  };

  const sessionStarted = async () => {
    await workspace.getState().refresh();
    followWorkspace();
    const answer = await status.getState().refresh();
    if (answer) notifyBreaches(answer.previous, answer.next);
    void markers.getState().fetchNew();
    await refetch();
  };

  const followDay = () => {
    const dayId = selectCurrentDay(day.getState())?.id ?? null;
    const changed = dayId !== markers.getState().dayId;
    markers.getState().showDay(dayId);
    // "Whole test day" starts with the day: a new day is a new range.
    if (changed && range.getState().rangeId === 'day') void refetch();
  };
  const markerThrottle = createThrottle(
    () => void markers.getState().fetchNew(),
    MARKER_REFRESH_INTERVAL_MS,
    clock,
  );

  const stops = [
    host.api.on('workspace.changed', (next) => {
      workspace.getState().apply(next);
      // The host restarts its pollers for a new set of panels: what is held belongs to the old ones.
      if (followWorkspace()) void refetch();
    }),
    host.api.on('dashboard.status', (next) => notifyBreaches(status.getState().apply(next), next)),
    host.api.on('dashboard.data', (data) => series.append(data, cutoff())),
    host.api.on('journal.changed', () => markerThrottle.request()),
    host.onSessionStart(() => void sessionStarted()),
    range.subscribe((state, previous) => {
      if (state.rangeId !== previous.rangeId) void refetch();
      else if (state.pausedAt !== previous.pausedAt) series.trimAll(cutoff());
    }),
    day.subscribe(followDay),
  ];
  followDay();
  // The first session may have begun before we listened.
  if (host.connection.getState().status === 'connected') void sessionStarted();
  return () => {
    markerThrottle.cancel();
    for (const stop of stops) stop();
  };
}
