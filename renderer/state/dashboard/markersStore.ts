import { createStore } from 'zustand/vanilla';
import { MAX_TIMELINE_PAGE } from '../../../shared/journalContract';
import type { JournalEvent } from '../../../shared/journalTypes';
import { type DashboardMarker, MARKER_KINDS } from '../../dashboard/markerSelection';
import { type DashboardAccess, dashboardFailureMessage } from './dashboardAccess';

/** Past this many markers a chart is a solid wall of lines; the newest are the ones kept. */
export const MAX_MARKERS = 5_000;

/** The current day's journal events that the charts pin on their time axis, oldest first. */
export interface MarkersState {
  dayId: number | null;
  markers: readonly DashboardMarker[];
  error: string | null;
  /** Follows another day (or none): its markers are fetched from the start. */
  showDay(dayId: number | null): void;
  /** Fetches the events recorded since the last fetch (the timeline is append-only). */
  fetchNew(): Promise<void>;
}

export type MarkersStore = ReturnType<typeof createMarkersStore>;

export function createMarkersStore({ api }: DashboardAccess) {
  return createStore<MarkersState>()((set, get) => {
    /** Grows with each day change: answers about the previous day are dropped. */
    let generation = 0;
    /** Matching events already read, kept or not: the next page starts there. */
    let offset = 0;
    let running: Promise<void> | null = null;
    let again = false;

    const fetchAll = async () => {
      const dayId = get().dayId;
      if (dayId === null) return;
      const asked = generation;
      const fresh: DashboardMarker[] = [];
      try {
        for (;;) {
          const page = await api.journal.timeline({
            dayId,
            filter: { kinds: [...MARKER_KINDS] },
            offset: offset + fresh.length,
            limit: MAX_TIMELINE_PAGE,
          });
          if (asked !== generation) return;
          fresh.push(...page.events.map(toMarker));
          if (page.events.length < MAX_TIMELINE_PAGE) break;
        }
      } catch (error) {
        if (asked === generation) set({ error: dashboardFailureMessage('load the journal markers', error) });
        return;
      }
      offset += fresh.length;
      if (fresh.length === 0) return;
      const markers = [...get().markers, ...fresh].sort((a, b) => a.time - b.time).slice(-MAX_MARKERS);
      set({ markers, error: null });
    };

    const fetchNew = async (): Promise<void> => {
      if (running) {
        again = true;
        return running;
      }
      running = (async () => {
        do {
          again = false;
          await fetchAll();
        } while (again);
      })();
      try {
        await running;
      } finally {
        running = null;
      }
    };

    return {
      dayId: null,
      markers: [],
      error: null,
      showDay: (dayId) => {
        if (dayId === get().dayId) return;
        generation += 1;
        offset = 0;
        set({ dayId, markers: [], error: null });
        void fetchNew();
      },
      fetchNew,
    };
  });
}

function toMarker(event: JournalEvent): DashboardMarker {
  return { seq: event.seq, time: event.time, kind: event.kind, subject: event.subject };
}
