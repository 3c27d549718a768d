import type { HostConnection } from '../../api/hostConnection';
import { type Clock, createThrottle, systemClock } from '../../journal/throttle';
import { previewFollowsChanges, type ReportPreviewStore } from './reportPreviewStore';

/**
 * At most one preview every 2 s while a day is recorded: the host builds the whole report for
 * each (every event, issue and chart), and a person reading it needs no faster update.
 */
export const REPORT_REFRESH_INTERVAL_MS = 2_000;

/**
 * And no sooner than this many times the last preview took from its start: a long day's report
 * (over a second to build at twelve hours) then keeps at most a quarter of the host busy.
 */
export const REPORT_COST_SPACING = 4;

/**
 * Keeps the Report view's preview in step with the journal while the view is open: at once, on
 * each (re)connect, and after recorded changes that can alter it, coalesced.
 */
export function startReportSync(
  host: HostConnection,
  preview: ReportPreviewStore,
  clock: Clock = systemClock,
): () => void {
  let lastCostMs = 0;
  const timedRefresh = () => {
    const started = clock.now();
    void preview
      .getState()
      .refresh()
      .then(() => {
        lastCostMs = clock.now() - started;
      });
  };
  const throttle = createThrottle(
    timedRefresh,
    () => Math.max(REPORT_REFRESH_INTERVAL_MS, REPORT_COST_SPACING * lastCostMs),
    clock,
  );
  const stops = [
    host.api.on('journal.changed', ({ currentDayId }) => {
      if (previewFollowsChanges(preview.getState(), currentDayId)) throttle.request();
    }),
    host.onSessionStart(timedRefresh),
  ];
  // The session may have begun before the view opened.
  if (host.connection.getState().status === 'connected') timedRefresh();
  return () => {
    throttle.cancel();
    for (const stop of stops) stop();
  };
}
