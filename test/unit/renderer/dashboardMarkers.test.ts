import { describe, expect, it } from 'vitest';
import {
  type DashboardMarker,
  markersInWindow,
  nearestMarker,
} from '../../../renderer/dashboard/markerSelection';
import { createMarkersStore } from '../../../renderer/state/dashboard/markersStore';
import { MAX_TIMELINE_PAGE } from '../../../shared/journalContract';
import type { JournalEvent } from '../../../shared/journalTypes';
import { createFakeHost, settle } from './fakeHost';

function marker(seq: number, time: number): DashboardMarker {
  return { seq, time, kind: 'note', subject: `note ${seq}` };
}

function event(seq: number, time = seq * 1000): JournalEvent {
  return {
    seq,
    dayId: 1,
    time,
    kind: 'note',
    actor: 'ana',
    subject: `note ${seq}`,
    severity: null,
    payload: {},
  };
}

describe('marker selection', () => {
  const markers = [marker(1, 1_000), marker(2, 5_000), marker(3, 5_000), marker(4, 9_000)];

  it('picks the markers inside the window, its edges included', () => {
    expect(markersInWindow(markers, 5_000, 9_000).map((one) => one.seq)).toEqual([2, 3, 4]);
    expect(markersInWindow(markers, 1_001, 4_999)).toEqual([]);
  });

  it('names the marker nearest the pointer, only within reach', () => {
    expect(nearestMarker(markers, 8_700, 500)?.seq).toBe(4);
    expect(nearestMarker(markers, 1_400, 500)?.seq).toBe(1);
    expect(nearestMarker(markers, 3_000, 500)).toBeNull();
  });
});

describe('markers store', () => {
  it('asks for the day’s marker kinds, then only what was recorded since', async () => {
    const fake = createFakeHost();
    let recorded = [event(1), event(2)];
    fake.handle('journal.timeline', ({ offset, limit }) => ({
      total: recorded.length,
      events: recorded.slice(offset, offset + limit),
    }));
    const store = createMarkersStore({ api: fake.host.api });
    store.getState().showDay(1);
    await settle();
    expect(store.getState().markers.map((one) => one.seq)).toEqual([1, 2]);
    const [first] = fake.callsOf('journal.timeline');
    expect(first?.filter?.kinds).toEqual(expect.arrayContaining(['note', 'threshold.breached', 'fault.set']));
    expect(first?.filter?.kinds).not.toContain('command.started');

    recorded = [...recorded, event(3)];
    await store.getState().fetchNew();
    expect(store.getState().markers.map((one) => one.seq)).toEqual([1, 2, 3]);
    expect(fake.callsOf('journal.timeline').at(-1)?.offset).toBe(2);
  });

  it('reads every page of a long day, and starts over for another day', async () => {
    const fake = createFakeHost();
    const many = Array.from({ length: MAX_TIMELINE_PAGE + 3 }, (_, index) => event(index + 1));
    fake.handle('journal.timeline', ({ dayId, offset, limit }) => {
      const events = dayId === 1 ? many : [event(900)];
      return { total: events.length, events: events.slice(offset, offset + limit) };
    });
    const store = createMarkersStore({ api: fake.host.api });
    store.getState().showDay(1);
    for (let i = 0; i < 4; i++) await settle();
    expect(store.getState().markers).toHaveLength(MAX_TIMELINE_PAGE + 3);
    store.getState().showDay(2);
    expect(store.getState().markers).toEqual([]);
    for (let i = 0; i < 4; i++) await settle();
    expect(store.getState().markers.map((one) => one.seq)).toEqual([900]);
  });
});
