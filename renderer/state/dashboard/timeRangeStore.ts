import { createStore } from 'zustand/vanilla';
import { DEFAULT_RANGE_ID, type TimeRangeId } from '../../dashboard/timeRanges';

/** Which range the charts show, whether they follow live, and how fetching a longer range went. */
export interface TimeRangeState {
  rangeId: TimeRangeId;
  /** Where the x-axis stopped (seconds), while paused; null follows live. */
  pausedAt: number | null;
  /** A longer range is being fetched from Prometheus. */
  loading: boolean;
  error: string | null;
  setRange(rangeId: TimeRangeId): void;
  pause(nowSeconds: number): void;
  follow(): void;
  fetched(error: string | null): void;
  fetching(): void;
  dismissError(): void;
}

export type TimeRangeStore = ReturnType<typeof createTimeRangeStore>;

export function createTimeRangeStore() {
  return createStore<TimeRangeState>()((set) => ({
    rangeId: DEFAULT_RANGE_ID,
    pausedAt: null,
    loading: false,
    error: null,
    setRange: (rangeId) => set({ rangeId }),
    pause: (nowSeconds) => set({ pausedAt: nowSeconds }),
    follow: () => set({ pausedAt: null }),
    fetching: () => set({ loading: true }),
    fetched: (error) => set({ loading: false, error }),
    dismissError: () => set({ error: null }),
  }));
}
