import { MAX_TIMELINE_PAGE } from '../../../shared/journalContract';

/** Events per page request: a few screenfuls, well under the host's limit. */
export const TIMELINE_PAGE_SIZE = Math.min(200, MAX_TIMELINE_PAGE);

/** Rows fetched beyond each edge of the visible ones, so a scroll rarely meets a placeholder. */
export const FETCH_OVERSCAN_ROWS = 100;

/** Pages kept in memory (10 000 events): enough to scroll back and forth without refetching. */
export const MAX_CACHED_PAGES = 50;

/** Rows from `first`, `count` of them. */
export interface RowRange {
  readonly first: number;
  readonly count: number;
}

export function pageOf(row: number): number {
  return Math.floor(row / TIMELINE_PAGE_SIZE);
}

/**
 * The pages that hold the visible rows and their overscan, nearest to the visible rows first.
 * With the total unknown, only the first visible row's page (it will tell the total).
 */
export function pagesToFetch(range: RowRange, total: number | null): number[] {
  if (total === null) return [pageOf(range.first)];
  if (total === 0) return [];
  const first = Math.max(0, range.first - FETCH_OVERSCAN_ROWS);
  const last = Math.min(total - 1, range.first + range.count - 1 + FETCH_OVERSCAN_ROWS);
  if (last < first) return [pageOf(Math.max(0, total - 1))];
  const pages: number[] = [];
  for (let page = pageOf(first); page <= pageOf(last); page++) pages.push(page);
  const middle = pageOf(range.first + Math.floor(range.count / 2));
  return pages.sort((a, b) => Math.abs(a - middle) - Math.abs(b - middle));
}

/** The rows at the end of the list, as many as fit in the viewport. */
export function tailRange(total: number, count: number): RowRange {
  return { first: Math.max(0, total - count), count };
}

/** Drops the pages farthest from those needed until at most `max` are left. */
export function evictFarPages<T>(
  pages: ReadonlyMap<number, T>,
  needed: readonly number[],
  max = MAX_CACHED_PAGES,
): Map<number, T> {
  const kept = new Map(pages);
  if (kept.size <= max || needed.length === 0) return kept;
  const distance = (page: number) => Math.min(...needed.map((n) => Math.abs(n - page)));
  const byDistance = [...kept.keys()].sort((a, b) => distance(b) - distance(a));
  for (const page of byDistance) {
    if (kept.size <= max) break;
    if (!needed.includes(page)) kept.delete(page);
  }
  return kept;
}

/** The event at a row, if its page has arrived. */
export function rowAt<T>(pages: ReadonlyMap<number, readonly T[]>, row: number): T | undefined {
  return pages.get(pageOf(row))?.[row % TIMELINE_PAGE_SIZE];
}
