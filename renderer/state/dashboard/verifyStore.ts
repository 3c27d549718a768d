import { createStore } from 'zustand/vanilla';
import type { VerifyReport } from '../../../shared/verifyTypes';
import { type DashboardAccess, dashboardFailureMessage } from './dashboardAccess';

/** `warroom verify` run by the host on the open workspace: the last report, and whether one is running. */
export interface VerifyState {
  report: VerifyReport | null;
  running: boolean;
  error: string | null;
  /** Runs the checks of the workspace's default environment; a run already going is not doubled. */
  run(): Promise<void>;
}

export type VerifyStore = ReturnType<typeof createVerifyStore>;

export function createVerifyStore({ api }: DashboardAccess) {
  return createStore<VerifyState>()((set, get) => ({
    report: null,
    running: false,
    error: null,
    run: async () => {
      if (get().running) return;
      set({ running: true, error: null });
      try {
        set({ report: await api.dashboard.verify({}), running: false });
      } catch (error) {
        set({ running: false, error: dashboardFailureMessage('verify the environment', error) });
      }
    },
  }));
}
