import type { HostConnection } from '../api/hostConnection';
import { selectViewedDayId } from '../state/journal/journalDayStore';
import type { NavigationStore } from '../state/navigationStore';
import type { JournalStores } from './journalStores';
import { type Clock, createThrottle, systemClock } from './throttle';

/** At most four refetches a second while the journal changes (a CLI can append hundreds a second). */
export const JOURNAL_REFRESH_INTERVAL_MS = 250;

/**
 * Keeps the journal stores in step with the host: the day on screen drives what the other
 * stores show, and each recorded change refetches what is visible (the day bar always; the
 * timeline and the side panel's tab only while the journal view shows).
 */
export function startJournalSync(
  host: HostConnection,
  stores: JournalStores,
  navigation: NavigationStore,
  clock: Clock = systemClock,
): () => void {
  const { day, timeline, issues, snapshots, transcripts, panel } = stores;
  const journalShowing = () => navigation.getState().view === 'journal';

  const showViewedDay = () => {
    const state = day.getState();
    const dayId = selectViewedDayId(state);
    // The current day is live, so it opens at its latest events; an earlier day at its first.
    timeline.getState().showDay(dayId, state.selectedDayId === null);
    issues.getState().showDay(dayId);
    snapshots.getState().showDay(dayId);
    transcripts.getState().showDay(dayId);
  };
  const refreshPanel = () => {
    const tab = panel.getState().tab;
    if (tab === 'issues') void issues.getState().refresh();
    else if (tab === 'snapshots') void snapshots.getState().refresh();
    else void transcripts.getState().refresh();
  };
  const refreshVisible = () => {
    void day.getState().refresh();
    if (!journalShowing()) return;
    timeline.getState().refresh();
    refreshPanel();
  };
  // The name goes first, so nothing this console records meanwhile is attributed to the default.
  const sessionStarted = async () => {
    await day.getState().reintroduce();
    refreshVisible();
  };
  const throttle = createThrottle(refreshVisible, JOURNAL_REFRESH_INTERVAL_MS, clock);

  const stops = [
    day.subscribe(showViewedDay),
    panel.subscribe((state, previous) => {
      if (state.tab !== previous.tab) refreshPanel();
    }),
    navigation.subscribe((state, previous) => {
      if (state.view === 'journal' && previous.view !== 'journal') refreshVisible();
      if (previous.view === 'journal' && state.view !== 'journal') timeline.getState().trimToVisible();
    }),
    host.api.on('journal.changed', () => throttle.request()),
    host.onSessionStart(() => void sessionStarted()),
  ];
  // The first session may have begun before we listened.
  if (host.connection.getState().status === 'connected') void sessionStarted();
  return () => {
    throttle.cancel();
    for (const stop of stops) stop();
  };
}
