import { describe, expect, it } from 'vitest';
import { createReportStores } from '../../../renderer/state/report/reportStores';
import {
  REPORT_COST_SPACING,
  REPORT_REFRESH_INTERVAL_MS,
  startReportSync,
} from '../../../renderer/state/report/reportSync';
import { ApiError } from '../../../shared/apiErrors';
import { settle } from './fakeHost';
import { dayInfo } from './journalFakeJournal';
import { createFakeReportHost, manualClock } from './reportFakeHost';

function syncedReport(days = [dayInfo(1, { endedAt: 1 }), dayInfo(2), dayInfo(3, { endedAt: 3 })]) {
  const host = createFakeReportHost(days);
  const stores = createReportStores(host.access);
  const time = manualClock();
  const stop = startReportSync(host.host, stores.preview, time.clock);
  return { host, stores, stop, ...time };
}

describe('the report preview', () => {
  it('shows the day being recorded by default, even when a newer day has ended', async () => {
    const { host, stores } = syncedReport();
    host.startSession();
    await settle();
    expect(host.previewCalls()).toEqual([{ dayId: 2 }]);
    expect(stores.preview.getState().preview?.dayName).toBe('day 2');
    expect(stores.preview.getState().preview?.ongoing).toBe(true);
  });

  it('shows the newest day when none is being recorded', async () => {
    const { host, stores } = syncedReport([dayInfo(4, { endedAt: 4 }), dayInfo(7, { endedAt: 7 })]);
    host.startSession();
    await settle();
    expect(host.previewCalls()).toEqual([{ dayId: 7 }]);
    expect(stores.preview.getState().preview?.dayName).toBe('day 7');
  });

  it('says there is no day, and asks for no preview, in an empty journal', async () => {
    const { host, stores } = syncedReport([]);
    host.startSession();
    await settle();
    expect(host.previewCalls()).toEqual([]);
    expect(stores.preview.getState().daysKnown).toBe(true);
    expect(stores.preview.getState().preview).toBeNull();
  });

  it('asks for the picked day and its comparison, never a day compared with itself', async () => {
    const { host, stores } = syncedReport();
    host.startSession();
    await settle();
    stores.preview.getState().pickDay(1);
    await settle();
    stores.preview.getState().pickCompare(3);
    await settle();
    stores.preview.getState().pickCompare(1);
    await settle();
    expect(host.previewCalls()).toEqual([
      { dayId: 2 },
      { dayId: 1 },
      { dayId: 1, compareDayId: 3 },
      { dayId: 1 },
    ]);
    expect(stores.preview.getState().preview?.dayName).toBe('day 1');
  });

  it('asks again at most once per interval however many changes are recorded, and keeps the last one', async () => {
    const { host, stores, advance } = syncedReport();
    host.startSession();
    await settle();
    const changed = { currentDayId: 2, lastSeq: 10 };
    host.emit('journal.changed', changed);
    await settle();
    expect(host.previewCalls()).toHaveLength(2);
    for (let i = 0; i < 20; i++) {
      host.emit('journal.changed', { ...changed, lastSeq: 11 + i });
      advance(REPORT_REFRESH_INTERVAL_MS / 20 - 1);
    }
    await settle();
    expect(host.previewCalls()).toHaveLength(2);
    advance(REPORT_REFRESH_INTERVAL_MS);
    await settle();
    expect(host.previewCalls()).toHaveLength(3);
    expect(stores.preview.getState().error).toBeNull();
  });

  it('waits four times as long as the last preview took when that is longer than the interval', async () => {
    const { host, advance } = syncedReport();
    host.startSession();
    await settle();
    host.hold();
    host.emit('journal.changed', { currentDayId: 2, lastSeq: 10 });
    await settle();
    expect(host.previewCalls()).toHaveLength(2);
    const costMs = 1_500;
    advance(costMs);
    host.release();
    await settle();
    await settle();
    host.emit('journal.changed', { currentDayId: 2, lastSeq: 11 });
    advance(REPORT_COST_SPACING * costMs - costMs - 1);
    await settle();
    expect(host.previewCalls()).toHaveLength(2);
    advance(1);
    await settle();
    expect(host.previewCalls()).toHaveLength(3);
  });

  it('never has two preview requests on the wire: those asked meanwhile become one more', async () => {
    const { host, stores, advance } = syncedReport();
    host.hold();
    host.startSession();
    await settle();
    expect(stores.preview.getState().loading).toBe(true);
    for (let i = 0; i < 5; i++) {
      void stores.preview.getState().refresh();
      host.emit('journal.changed', { currentDayId: 2, lastSeq: 20 + i });
      advance(REPORT_REFRESH_INTERVAL_MS);
    }
    await settle();
    expect(host.previewCalls()).toHaveLength(1);
    host.release();
    await settle();
    await settle();
    expect(host.previewCalls()).toHaveLength(2);
    expect(host.mostOnWire()).toBe(1);
    expect(stores.preview.getState().loading).toBe(false);
  });

  it('drops an answer for a day no longer picked and shows the picked one', async () => {
    const { host, stores } = syncedReport();
    host.hold();
    host.startSession();
    await settle();
    stores.preview.getState().pickDay(3);
    host.release();
    await settle();
    await settle();
    expect(host.previewCalls()).toEqual([{ dayId: 2 }, { dayId: 3 }]);
    expect(stores.preview.getState().preview?.dayName).toBe('day 3');
  });

  it('asks nothing when an ended day is shown and another day records', async () => {
    const { host, stores, advance } = syncedReport();
    host.startSession();
    await settle();
    stores.preview.getState().pickDay(1);
    await settle();
    const before = host.previewCalls().length;
    host.emit('journal.changed', { currentDayId: 2, lastSeq: 30 });
    advance(REPORT_REFRESH_INTERVAL_MS);
    await settle();
    expect(host.previewCalls()).toHaveLength(before);
    stores.preview.getState().pickCompare(2);
    await settle();
    host.emit('journal.changed', { currentDayId: 2, lastSeq: 31 });
    advance(REPORT_REFRESH_INTERVAL_MS);
    await settle();
    expect(host.previewCalls().at(-1)).toEqual({ dayId: 1, compareDayId: 2 });
    expect(host.previewCalls()).toHaveLength(before + 2);
  });

  it('shows the host’s message when the preview fails, keeping the last one on screen', async () => {
    const { host, stores, advance } = syncedReport();
    host.startSession();
    await settle();
    host.failPreviews(new ApiError('internal', 'the journal file is locked by another process'));
    host.emit('journal.changed', { currentDayId: 2, lastSeq: 40 });
    advance(REPORT_REFRESH_INTERVAL_MS);
    await settle();
    const state = stores.preview.getState();
    expect(state.error).toBe(
      'Could not build the report preview: the journal file is locked by another process',
    );
    expect(state.preview?.dayName).toBe('day 2');
    host.failPreviews(null);
    await stores.preview.getState().refresh();
    expect(stores.preview.getState().error).toBeNull();
  });

  it('stops listening when the view closes', async () => {
    const { host, stop, advance } = syncedReport();
    host.startSession();
    await settle();
    stop();
    host.emit('journal.changed', { currentDayId: 2, lastSeq: 50 });
    advance(REPORT_REFRESH_INTERVAL_MS);
    await settle();
    expect(host.previewCalls()).toHaveLength(1);
    expect(host.listenerCount()).toBe(0);
  });
});
