import type { DayInfo } from '../../../../shared/journalTypes';

/** The folder a day's results go in, under the results root (`test-results/`). */
export const RESULTS_ROOT = 'test-results';

/** Characters a folder name keeps from a day's name; the rest become dashes. */
const UNSAFE_IN_NAME = /[^a-z0-9]+/g;
const NAME_CHARS = 60;

/**
 * `2026-03-10-peak-load-rehearsal`: the day's UTC date and its name, readable in a file browser and
 * sorted by date. When another day of the journal would get the same name, its id is added.
 */
export function reportFolderName(day: DayInfo, days: readonly DayInfo[]): string {
  const base = folderBase(day);
  const clash = days.some((other) => other.id !== day.id && folderBase(other) === base);
  return clash ? `${base}-day${day.id}` : base;
}

function folderBase(day: DayInfo): string {
  const date = new Date(day.startedAt).toISOString().slice(0, 10);
  const name = day.name.toLowerCase().replace(UNSAFE_IN_NAME, '-').replace(/^-|-$/g, '').slice(0, NAME_CHARS);
  return name ? `${date}-${name}` : date;
}
