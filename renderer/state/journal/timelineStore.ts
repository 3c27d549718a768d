import { createStore } from 'zustand/vanilla';
import type { JournalEvent, TimelineFilter } from '../../../shared/journalTypes';
import { failureMessage, type JournalAccess } from './journalAccess';
import { evictFarPages, pagesToFetch, type RowRange, TIMELINE_PAGE_SIZE, tailRange } from './timelinePages';
import {
  EMPTY_FILTER,
  sameFilter,
  type TimelineFilterDraft,
  timelineQuery,
  toTimelineFilter,
} from './timelineQuery';

/**
 * Page requests on the wire at once. A dragged scroll bar passes over thousands of rows;
 * only the pages under it when a request finishes are asked for, so the host never queues
 * work nobody will see (and a filter change is answered at once).
 */
export const MAX_PAGE_REQUESTS_IN_FLIGHT = 2;

/** Rows assumed visible before the view has measured itself. */
const INITIAL_VISIBLE_ROWS = 40;

/**
 * One day's timeline as the view scrolls through it: only the pages around the visible rows
 * are fetched and kept. In follow mode the visible rows are the last ones, and stay so as
 * events arrive.
 */
export interface TimelineState {
  dayId: number | null;
  /** What the filter bar shows. */
  draft: TimelineFilterDraft;
  /** What the host is asked for: the draft without its empty parts. */
  filter: TimelineFilter;
  /** Events matching the filter; null until the host has answered. */
  total: number | null;
  /** Fetched events by page number (page n holds rows n × page size onwards). */
  pages: ReadonlyMap<number, readonly JournalEvent[]>;
  range: RowRange;
  follow: boolean;
  error: string | null;
  showDay(dayId: number | null, follow: boolean): void;
  setFilter(draft: TimelineFilterDraft): void;
  setVisibleRange(range: RowRange): void;
  setFollow(follow: boolean): void;
  /** Something was recorded: fetches the visible pages again, keeping them on screen meanwhile. */
  refresh(): void;
  /**
   * The view has closed: keeps only the pages its visible rows need, so what was scrolled
   * through (up to MAX_CACHED_PAGES, 10 000 events) is not held all day behind other views.
   */
  trimToVisible(): void;
  dismissError(): void;
}

export type TimelineStore = ReturnType<typeof createTimelineStore>;

export function createTimelineStore({ api }: JournalAccess) {
  return createStore<TimelineState>()((set, get) => {
    /** Grows when the day or the filter changes: answers to older questions are dropped. */
    let generation = 0;
    /** Grows on each refresh: pages fetched before it are shown but fetched again when needed. */
    let revision = 0;
    const pageRevisions = new Map<number, number>();
    /** Page → the revision it is being fetched at, and at which it last failed (not retried until a refresh). */
    const asked = new Map<number, number>();
    const failed = new Map<number, number>();
    /** Requests on the wire, of any generation: the cap is on these. */
    let outstanding = 0;
    let totalRevision = -1;

    const reset = (patch: Partial<TimelineState>) => {
      generation++;
      pageRevisions.clear();
      asked.clear();
      failed.clear();
      totalRevision = -1;
      set({ total: null, pages: new Map(), error: null, ...patch });
      ensurePages();
    };

    /** Fetches the pages the visible rows need, nearest first, while a request slot is free. */
    const ensurePages = () => {
      const { dayId, range, total, pages } = get();
      if (dayId === null) return;
      for (const page of pagesToFetch(range, total)) {
        if (outstanding >= MAX_PAGE_REQUESTS_IN_FLIGHT) return;
        const fresh = pages.has(page) && pageRevisions.get(page) === revision;
        if (fresh || asked.get(page) === revision || failed.get(page) === revision) continue;
        void fetchPage(dayId, page);
      }
    };

    /** The pages with one more, the farthest from the visible rows dropped past the cache's size. */
    const withPage = (page: number, events: JournalEvent[]) => {
      const { pages, range, total } = get();
      const next = new Map(pages);
      if (events.length > 0) next.set(page, events);
      else next.delete(page);
      const kept = evictFarPages(next, pagesToFetch(range, total));
      for (const known of pageRevisions.keys()) if (!kept.has(known)) pageRevisions.delete(known);
      return kept;
    };

    const fetchPage = async (dayId: number, page: number) => {
      const question = { generation, revision };
      asked.set(page, revision);
      outstanding++;
      try {
        const query = timelineQuery(dayId, get().filter, page * TIMELINE_PAGE_SIZE, TIMELINE_PAGE_SIZE);
        const answer = await api.journal.timeline(query);
        if (question.generation === generation)
          received(page, question.revision, answer.total, answer.events);
      } catch (error) {
        if (question.generation !== generation) return;
        failed.set(page, question.revision);
        set({ error: failureMessage('load the timeline', error) });
      } finally {
        outstanding--;
        if (question.generation === generation && asked.get(page) === question.revision) asked.delete(page);
        // A slot is free: it goes to what is visible now, not to what a fast scroll passed over.
        ensurePages();
      }
    };

    const received = (page: number, pageRevision: number, total: number, events: JournalEvent[]) => {
      const state = get();
      const patch: Partial<TimelineState> = { error: null };
      if ((pageRevisions.get(page) ?? -1) <= pageRevision) {
        pageRevisions.set(page, pageRevision);
        patch.pages = withPage(page, events);
      }
      if (pageRevision >= totalRevision) {
        totalRevision = pageRevision;
        patch.total = total;
        if (state.follow) patch.range = tailRange(total, state.range.count);
      }
      set(patch);
    };

    return {
      dayId: null,
      draft: EMPTY_FILTER,
      filter: {},
      total: null,
      pages: new Map(),
      range: { first: 0, count: INITIAL_VISIBLE_ROWS },
      follow: true,
      error: null,
      showDay: (dayId, follow) => {
        if (dayId === get().dayId) return;
        reset({ dayId, follow, range: { first: 0, count: get().range.count } });
      },
      setFilter: (draft) => {
        const filter = toTimelineFilter(draft);
        if (sameFilter(filter, get().filter)) {
          set({ draft });
          return;
        }
        reset({ draft, filter, range: { first: 0, count: get().range.count } });
      },
      setVisibleRange: (range) => {
        const current = get().range;
        if (range.first === current.first && range.count === current.count) return;
        set({ range });
        ensurePages();
      },
      setFollow: (follow) => {
        const { total, range } = get();
        if (follow === get().follow) return;
        set(follow && total !== null ? { follow, range: tailRange(total, range.count) } : { follow });
        ensurePages();
      },
      refresh: () => {
        revision++;
        ensurePages();
      },
      trimToVisible: () => {
        const { pages, range, total } = get();
        const kept = evictFarPages(pages, pagesToFetch(range, total), 0);
        if (kept.size === pages.size) return;
        for (const known of pageRevisions.keys()) if (!kept.has(known)) pageRevisions.delete(known);
        set({ pages: kept });
      },
      dismissError: () => set({ error: null }),
    };
  });
}

export const selectTimelineTotal = (state: TimelineState): number | null => state.total;
export const selectTimelinePages = (state: TimelineState): TimelineState['pages'] => state.pages;
export const selectTimelineRange = (state: TimelineState): RowRange => state.range;
export const selectTimelineFollow = (state: TimelineState): boolean => state.follow;
export const selectTimelineDraft = (state: TimelineState): TimelineFilterDraft => state.draft;
export const selectTimelineError = (state: TimelineState): string | null => state.error;
