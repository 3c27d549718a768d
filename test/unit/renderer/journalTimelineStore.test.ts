import { describe, expect, it } from 'vitest';
import { MAX_CACHED_PAGES, TIMELINE_PAGE_SIZE } from '../../../renderer/state/journal/timelinePages';
import { EMPTY_FILTER } from '../../../renderer/state/journal/timelineQuery';
import {
  createTimelineStore,
  MAX_PAGE_REQUESTS_IN_FLIGHT,
} from '../../../renderer/state/journal/timelineStore';
import { ApiError } from '../../../shared/apiErrors';
import { settle } from './fakeHost';
import { createFakeJournal } from './journalFakeJournal';

const PAGE = TIMELINE_PAGE_SIZE;

function timelineOver(eventCount: number) {
  const journal = createFakeJournal(eventCount);
  const timeline = createTimelineStore(journal.access);
  return { journal, timeline, state: () => timeline.getState() };
}

describe('timeline store', () => {
  it('opens a followed day at its latest events, with the total', async () => {
    const { journal, state } = timelineOver(200_000);
    state().showDay(1, true);
    await settle();
    expect(state().total).toBe(200_000);
    expect(state().range.first).toBe(200_000 - state().range.count);
    expect(
      state()
        .pages.get(200_000 / PAGE - 1)
        ?.at(-1)?.seq,
    ).toBe(200_000);
    // The first answer told the total; the others are the tail's pages only.
    expect(
      journal
        .pageOffsets()
        .slice(1)
        .every((offset) => offset >= 200_000 - 2 * PAGE),
    ).toBe(true);
  });

  it('opens an earlier day at its first events', async () => {
    const { journal, state } = timelineOver(10_000);
    state().showDay(1, false);
    await settle();
    expect(state().range.first).toBe(0);
    expect(journal.pageOffsets()).toEqual([0]);
  });

  it('fetches only the pages around the visible rows, once each', async () => {
    const { journal, state } = timelineOver(200_000);
    state().showDay(1, false);
    await settle();
    state().setVisibleRange({ first: 100 * PAGE + 150, count: 40 });
    await settle();
    expect(new Set(journal.pageOffsets().slice(1))).toEqual(new Set([100 * PAGE, 101 * PAGE]));
    const asked = journal.pageOffsets().length;
    state().setVisibleRange({ first: 100 * PAGE + 151, count: 40 });
    await settle();
    expect(journal.pageOffsets()).toHaveLength(asked);
  });

  it('keeps at most its cache of pages while scrolling far', async () => {
    const { state } = timelineOver(200_000);
    state().showDay(1, false);
    await settle();
    for (let page = 0; page < MAX_CACHED_PAGES + 30; page++) {
      state().setVisibleRange({ first: page * PAGE, count: 40 });
      await settle();
    }
    expect(state().pages.size).toBeLessThanOrEqual(MAX_CACHED_PAGES);
    expect(state().pages.has(MAX_CACHED_PAGES + 29)).toBe(true);
    expect(state().pages.has(0)).toBe(false);
  });

  it('keeps only the pages under the visible rows once the view closes, and fetches the rest again', async () => {
    const { journal, state } = timelineOver(200_000);
    state().showDay(1, false);
    await settle();
    for (let page = 0; page < 20; page++) {
      state().setVisibleRange({ first: page * PAGE, count: 40 });
      await settle();
    }
    expect(state().pages.size).toBeGreaterThanOrEqual(20);
    state().trimToVisible();
    expect([...state().pages.keys()].sort((a, b) => a - b)).toEqual([18, 19]);
    const asked = journal.pageOffsets().length;
    state().setVisibleRange({ first: 5 * PAGE, count: 40 });
    await settle();
    expect(journal.pageOffsets().slice(asked)).toContain(5 * PAGE);
  });

  it('asks the host with the filter, from the top, and drops answers to the old filter', async () => {
    const { journal, state } = timelineOver(0);
    journal.append(300);
    journal.append(3, 'issue.opened', 2);
    state().showDay(1, false);
    state().setFilter({ ...EMPTY_FILTER, severities: [2] });
    await settle();
    expect(journal.callsOf('journal.timeline').at(-1)).toEqual({
      dayId: 1,
      filter: { severities: [2] },
      offset: 0,
      limit: PAGE,
    });
    expect(state().total).toBe(3);
    expect(
      state()
        .pages.get(0)
        ?.map((event) => event.kind),
    ).toEqual(['issue.opened', 'issue.opened', 'issue.opened']);
  });

  it('follows the tail: a refresh after new events moves the visible rows to the end', async () => {
    const { journal, state } = timelineOver(1_000);
    state().showDay(1, true);
    await settle();
    journal.append(500);
    state().refresh();
    await settle();
    expect(state().total).toBe(1_500);
    expect(state().range.first).toBe(1_500 - state().range.count);
    expect(
      state()
        .pages.get(Math.floor(1_499 / PAGE))
        ?.at(-1)?.seq,
    ).toBe(1_500);
  });

  it('stays where the reader is when not following, but learns the new total', async () => {
    const { journal, state } = timelineOver(1_000);
    state().showDay(1, true);
    await settle();
    state().setFollow(false);
    state().setVisibleRange({ first: 10, count: 40 });
    await settle();
    journal.append(500);
    state().refresh();
    await settle();
    expect(state().range.first).toBe(10);
    expect(state().total).toBe(1_500);
  });

  it('keeps the rows on screen while a refresh is under way', async () => {
    const { journal, state } = timelineOver(100);
    state().showDay(1, true);
    await settle();
    const before = state().pages.get(0);
    journal.append(1);
    state().refresh();
    expect(state().pages.get(0)).toBe(before);
    await settle();
    expect(state().pages.get(0)).toHaveLength(101);
  });

  it('says what failed when the host cannot answer, and recovers on the next refresh', async () => {
    const { journal, state } = timelineOver(10);
    journal.handle('journal.timeline', () => {
      throw new ApiError('unavailable', 'not connected to the host');
    });
    state().showDay(1, true);
    await settle();
    expect(state().error).toMatch(/^Could not load the timeline: not connected/);
    journal.handle('journal.timeline', ({ offset, limit }) => ({
      total: 10,
      events: journal.events.slice(offset, offset + limit),
    }));
    state().refresh();
    await settle();
    expect(state().error).toBeNull();
    expect(state().total).toBe(10);
  });

  it('keeps few requests on the wire, and asks for where a fast scroll stopped, not what it passed', async () => {
    const { journal, state } = timelineOver(200_000);
    const answer = journal.handlerAnswer();
    const waiting: (() => void)[] = [];
    journal.handle(
      'journal.timeline',
      (params) => new Promise((resolve) => waiting.push(() => resolve(answer(params)))),
    );
    state().showDay(1, false);
    for (let page = 1; page < 300; page += 7) state().setVisibleRange({ first: page * PAGE + 50, count: 40 });
    await settle();
    expect(waiting.length).toBeLessThanOrEqual(MAX_PAGE_REQUESTS_IN_FLIGHT);
    while (waiting.length > 0) {
      waiting.shift()?.();
      await settle();
    }
    const offsets = journal.pageOffsets();
    expect(offsets.length).toBeLessThanOrEqual(MAX_PAGE_REQUESTS_IN_FLIGHT + 3);
    expect(offsets).toContain(Math.floor((295 * PAGE + 50) / PAGE) * PAGE);
  });
});
