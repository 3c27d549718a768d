import { describe, expect, it } from 'vitest';
import {
  evictFarPages,
  FETCH_OVERSCAN_ROWS,
  pagesToFetch,
  rowAt,
  TIMELINE_PAGE_SIZE,
  tailRange,
} from '../../../renderer/state/journal/timelinePages';
import { EMPTY_FILTER, timelineQuery, toTimelineFilter } from '../../../renderer/state/journal/timelineQuery';
import { EVENT_KINDS } from '../../../shared/journalTypes';

describe('timeline filter → query', () => {
  it('asks for everything when the filter bar is empty', () => {
    expect(toTimelineFilter(EMPTY_FILTER)).toEqual({});
    expect(timelineQuery(3, {}, 400, 200)).toEqual({ dayId: 3, filter: {}, offset: 400, limit: 200 });
  });

  it('leaves out blank text and trims what was typed', () => {
    expect(toTimelineFilter({ ...EMPTY_FILTER, actor: '  ', text: '  redis  ' })).toEqual({ text: 'redis' });
  });

  it('sorts and de-duplicates severities and kinds, so equal filters compare equal', () => {
    const filter = toTimelineFilter({
      ...EMPTY_FILTER,
      severities: [3, 1, 3],
      kinds: ['note', 'issue.opened'],
      actor: 'bo',
    });
    expect(filter).toEqual({ severities: [1, 3], kinds: ['note', 'issue.opened'], actor: 'bo' });
  });

  it('treats every kind or every severity ticked as no narrowing', () => {
    expect(
      toTimelineFilter({ ...EMPTY_FILTER, kinds: [...EVENT_KINDS], severities: [1, 2, 3, 4, 5] }),
    ).toEqual({});
  });
});

describe('timeline page windowing', () => {
  it('asks only for the first visible row’s page while the total is unknown', () => {
    expect(pagesToFetch({ first: 1000, count: 40 }, null)).toEqual([Math.floor(1000 / TIMELINE_PAGE_SIZE)]);
  });

  it('fetches the pages under the visible rows and their overscan, nearest first', () => {
    const first = 10 * TIMELINE_PAGE_SIZE + 10;
    const pages = pagesToFetch({ first, count: 40 }, 200_000);
    expect(pages[0]).toBe(10);
    expect([...pages].sort((a, b) => a - b)).toEqual(FETCH_OVERSCAN_ROWS > 10 ? [9, 10] : [10]);
  });

  it('stays inside the total', () => {
    expect(pagesToFetch({ first: 0, count: 40 }, 0)).toEqual([]);
    expect(pagesToFetch({ first: 0, count: 40 }, 5)).toEqual([0]);
    expect(pagesToFetch(tailRange(1000, 40), 1000).every((page) => page * TIMELINE_PAGE_SIZE < 1000)).toBe(
      true,
    );
  });

  it('evicts the pages farthest from those needed', () => {
    const pages = new Map([0, 1, 2, 50, 51, 60].map((page) => [page, [page]]));
    expect([...evictFarPages(pages, [50, 51], 3).keys()].sort((a, b) => a - b)).toEqual([50, 51, 60]);
  });

  it('finds a row inside its page', () => {
    const pages = new Map([[1, ['a', 'b']]]);
    expect(rowAt(pages, TIMELINE_PAGE_SIZE + 1)).toBe('b');
    expect(rowAt(pages, 0)).toBeUndefined();
  });
});
