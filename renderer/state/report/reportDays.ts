import type { DayInfo } from '../../../shared/journalTypes';

/** The day the report shows when none is picked: the day being recorded, else the newest. */
export function defaultReportDayId(days: readonly DayInfo[]): number | null {
  const newestFirst = [...days].sort((a, b) => b.id - a.id);
  return (newestFirst.find((day) => day.endedAt === null) ?? newestFirst[0])?.id ?? null;
}

/** The picked day if the journal still has it, else the default. */
export function shownReportDayId(days: readonly DayInfo[], picked: number | null): number | null {
  if (picked !== null && days.some((day) => day.id === picked)) return picked;
  return defaultReportDayId(days);
}
