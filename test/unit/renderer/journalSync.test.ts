import { describe, expect, it } from 'vitest';
import { createJournalStores } from '../../../renderer/journal/journalStores';
import { JOURNAL_REFRESH_INTERVAL_MS, startJournalSync } from '../../../renderer/journal/journalSync';
import type { Clock } from '../../../renderer/journal/throttle';
import { createNavigationStore } from '../../../renderer/state/navigationStore';
import { settle } from './fakeHost';
import { createFakeJournal, dayInfo } from './journalFakeJournal';

/** Time that moves only when the test says. */
function manualClock() {
  let now = 0;
  let timers: { at: number; run: () => void }[] = [];
  const clock: Clock = {
    now: () => now,
    setTimeout: (run, ms) => {
      const timer = { at: now + ms, run };
      timers.push(timer);
      return timer;
    },
    clearTimeout: (handle) => {
      timers = timers.filter((timer) => timer !== handle);
    },
  };
  const advance = (ms: number) => {
    now += ms;
    const due = timers.filter((timer) => timer.at <= now);
    timers = timers.filter((timer) => timer.at > now);
    for (const timer of due) timer.run();
  };
  return { clock, advance };
}

function syncedJournal(view: 'journal' | 'dashboard' = 'journal', eventCount = 50) {
  const journal = createFakeJournal(eventCount);
  const stores = createJournalStores(journal.access);
  const navigation = createNavigationStore(view);
  const time = manualClock();
  const stop = startJournalSync(journal.host, stores, navigation, time.clock);
  return { journal, stores, navigation, stop, ...time };
}

const changed = { currentDayId: 1, lastSeq: 51 };

describe('journal sync', () => {
  it('loads the current day and its timeline when the session starts', async () => {
    const { journal, stores } = syncedJournal();
    journal.startSession();
    await settle();
    expect(stores.day.getState().status?.currentDay?.id).toBe(1);
    expect(stores.timeline.getState().dayId).toBe(1);
    expect(stores.timeline.getState().total).toBe(50);
    expect(journal.callsOf('journal.issues')).toEqual([{ dayId: 1 }]);
  });

  it('refetches the timeline on journal.changed, at most four times a second', async () => {
    const { journal, stores, advance } = syncedJournal();
    journal.startSession();
    await settle();
    const before = journal.pageOffsets().length;
    journal.append(1);
    journal.emit('journal.changed', changed);
    await settle();
    expect(journal.pageOffsets().length).toBe(before + 1);
    expect(stores.timeline.getState().total).toBe(51);

    for (let i = 0; i < 10; i++) journal.emit('journal.changed', changed);
    await settle();
    expect(journal.pageOffsets().length).toBe(before + 1);
    journal.append(1);
    advance(JOURNAL_REFRESH_INTERVAL_MS);
    await settle();
    expect(journal.pageOffsets().length).toBe(before + 2);
    expect(stores.timeline.getState().total).toBe(52);
  });

  it('refreshes only the day bar while the journal is not on screen, and catches up when shown', async () => {
    const { journal, stores, navigation } = syncedJournal('dashboard');
    journal.startSession();
    await settle();
    const pagesBefore = journal.pageOffsets().length;
    const statusBefore = journal.callsOf('journal.status').length;
    journal.append(5);
    journal.emit('journal.changed', changed);
    await settle();
    expect(journal.callsOf('journal.status').length).toBe(statusBefore + 1);
    expect(journal.pageOffsets().length).toBe(pagesBefore);
    navigation.getState().show('journal');
    await settle();
    expect(stores.timeline.getState().total).toBe(55);
  });

  it('lets go of the timeline pages scrolled through when another view is shown', async () => {
    const { journal, stores, navigation } = syncedJournal('journal', 5_000);
    journal.startSession();
    await settle();
    const timeline = () => stores.timeline.getState();
    for (const first of [0, 1_000, 2_000, 3_000, 4_000]) {
      timeline().setFollow(false);
      timeline().setVisibleRange({ first, count: 40 });
      await settle();
    }
    expect(timeline().pages.size).toBeGreaterThanOrEqual(5);
    navigation.getState().show('dashboard');
    expect([...timeline().pages.values()].flat().map((event) => event.seq)).toContain(4_001);
    // Rows 4 000 to 4 039 and the overscan around them: pages 19 and 20 of 200 events.
    expect([...timeline().pages.keys()].sort((a, b) => a - b)).toEqual([19, 20]);
  });

  it('switches every store to a new current day, and to an earlier day picked to browse', async () => {
    const { journal, stores, advance } = syncedJournal();
    journal.startSession();
    await settle();
    journal.setCurrentDay(dayInfo(2));
    journal.emit('journal.changed', { currentDayId: 2, lastSeq: 60 });
    advance(JOURNAL_REFRESH_INTERVAL_MS);
    await settle();
    expect(stores.timeline.getState().dayId).toBe(2);
    expect(stores.issues.getState().dayId).toBe(2);

    stores.day.getState().selectDay(1);
    expect(stores.timeline.getState().dayId).toBe(1);
    expect(stores.timeline.getState().follow).toBe(false);
    expect(stores.transcripts.getState().dayId).toBe(1);
  });

  it('loads the side panel’s tab when it is shown', async () => {
    const { journal, stores } = syncedJournal();
    journal.startSession();
    await settle();
    stores.panel.getState().show('transcripts');
    await settle();
    expect(journal.callsOf('journal.transcripts').length).toBe(2);
  });

  it('tells each new connection the operator’s name before refetching', async () => {
    const { journal, stores } = syncedJournal();
    journal.handle('journal.setOperator', () => null);
    journal.startSession();
    await settle();
    expect(await stores.day.getState().setOperator('dana')).toBe(true);
    journal.startSession();
    await settle();
    expect(journal.callsOf('journal.setOperator')).toEqual([{ name: 'dana' }, { name: 'dana' }]);
    const methods = journal.calls.map((call) => call.method);
    expect(methods.lastIndexOf('journal.setOperator')).toBeLessThan(methods.lastIndexOf('journal.status'));
  });

  it('stops listening when stopped', async () => {
    const { journal, stop } = syncedJournal();
    const listening = journal.listenerCount();
    stop();
    expect(journal.listenerCount()).toBe(listening - 1);
  });
});
