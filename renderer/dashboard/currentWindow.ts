import type { TimeRangeStore } from '../state/dashboard/timeRangeStore';
import { type JournalDayStore, selectCurrentDay } from '../state/journal/journalDayStore';
import { type ViewWindow, viewWindow } from './timeRanges';

/** The charts' x-axis now: the chosen range, paused or live, "whole test day" from the current day. */
export function currentWindow(range: TimeRangeStore, day: JournalDayStore, nowMs: number): ViewWindow {
  const { rangeId, pausedAt } = range.getState();
  const current = selectCurrentDay(day.getState());
  return viewWindow(rangeId, pausedAt, nowMs / 1000, current ? current.startedAt / 1000 : null);
}
