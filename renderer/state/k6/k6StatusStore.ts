import { createStore } from 'zustand/vanilla';
import type { K6Run, K6Status } from '../../../shared/k6StatusTypes';
import { type K6Access, k6FailureMessage } from './k6Access';

/** k6 as the host last described it: its output being read, its REST API, its thresholds. */
export interface K6StatusState {
  /** The host's latest whole status; null until the first answer. */
  status: K6Status | null;
  /** Why the status could not be read, in words. */
  error: string | null;
  /** Takes a k6.status answer or event. */
  apply(status: K6Status): void;
  /** Takes the run a control call answered with, before the event that follows it. */
  applyRun(run: K6Run): void;
  refresh(): Promise<void>;
}

export type K6StatusStore = ReturnType<typeof createK6StatusStore>;

export function createK6StatusStore({ api }: K6Access) {
  return createStore<K6StatusState>()((set, get) => ({
    status: null,
    error: null,
    apply: (status) => set({ status, error: null }),
    applyRun: (run) => {
      const { status } = get();
      if (status) set({ status: { ...status, api: { ...status.api, run } } });
    },
    refresh: async () => {
      try {
        set({ status: await api.k6.status({}), error: null });
      } catch (error) {
        set({ error: k6FailureMessage('read k6’s status', error) });
      }
    },
  }));
}
