import type { MethodParams } from '../../../shared/api';
import type { EventKind, Severity, TimelineFilter } from '../../../shared/journalTypes';
import { EVENT_KINDS } from '../../../shared/journalTypes';

/** What the filter bar holds: every part empty means "everything". */
export interface TimelineFilterDraft {
  readonly kinds: readonly EventKind[];
  readonly severities: readonly Severity[];
  readonly actor: string;
  readonly text: string;
}

export const EMPTY_FILTER: TimelineFilterDraft = { kinds: [], severities: [], actor: '', text: '' };

/** The host's filter for a draft: empty parts are left out, sets are sorted so equal drafts compare equal. */
export function toTimelineFilter(draft: TimelineFilterDraft): TimelineFilter {
  const filter: TimelineFilter = {};
  const kinds = EVENT_KINDS.filter((kind) => draft.kinds.includes(kind));
  if (kinds.length > 0 && kinds.length < EVENT_KINDS.length) filter.kinds = kinds;
  const severities = [...new Set(draft.severities)].sort((a, b) => a - b);
  if (severities.length > 0 && severities.length < 5) filter.severities = severities;
  const actor = draft.actor.trim();
  if (actor) filter.actor = actor;
  const text = draft.text.trim();
  if (text) filter.text = text;
  return filter;
}

/** The parameters of one page request. */
export function timelineQuery(
  dayId: number,
  filter: TimelineFilter,
  offset: number,
  limit: number,
): MethodParams<'journal.timeline'> {
  return { dayId, filter, offset, limit };
}

export function sameFilter(a: TimelineFilter, b: TimelineFilter): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Adds the value to the list, or takes it out if it is there. */
export function toggled<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((item) => item !== value) : [...list, value];
}
