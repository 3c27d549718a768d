import { createStore } from 'zustand/vanilla';
import type { FaultSpec, LoadPresetName, SandboxStatus } from '../../../shared/sandboxTypes';
import { readOnlyMessage, type SandboxAccess, sandboxFailureMessage } from './sandboxAccess';

/** The sandbox calls that change something, by the name the view shows progress for. */
export type SandboxCall = 'start' | 'stop' | 'fault' | 'startLoad' | 'stopLoad';

/** The rehearsal sandbox as the host last described it, and this console's calls to it. */
export interface SandboxState {
  /** The host's latest whole status; null until the first answer. */
  status: SandboxStatus | null;
  /** The call waiting for its answer; one at a time, so a double click sends one. */
  inFlight: SandboxCall | null;
  /** Why the last call failed, in words; cleared by the next success. */
  error: string | null;
  /** Takes a status the host sent (an answer or a sandbox.changed). */
  apply(status: SandboxStatus): void;
  refresh(): Promise<void>;
  /** "Start rehearsal"; `load` null starts no load. */
  start(load: LoadPresetName | null): Promise<boolean>;
  stop(): Promise<boolean>;
  fault(fault: FaultSpec): Promise<boolean>;
  startLoad(preset: LoadPresetName): Promise<boolean>;
  stopLoad(): Promise<boolean>;
  dismissError(): void;
}

export type SandboxStore = ReturnType<typeof createSandboxStore>;

export function createSandboxStore({ api, canOperate }: SandboxAccess) {
  return createStore<SandboxState>()((set, get) => {
    /** Runs one call for an operator and takes the status it returns; says why when it cannot. */
    const act = async (
      call: SandboxCall,
      attempt: string,
      send: () => Promise<SandboxStatus>,
    ): Promise<boolean> => {
      if (!canOperate()) {
        set({ error: readOnlyMessage(attempt) });
        return false;
      }
      if (get().inFlight !== null) return false;
      set({ inFlight: call });
      try {
        const status = await send();
        set({ status, inFlight: null, error: null });
        return true;
      } catch (error) {
        set({ inFlight: null, error: sandboxFailureMessage(attempt, error) });
        return false;
      }
    };

    return {
      status: null,
      inFlight: null,
      error: null,
      apply: (status) => set({ status }),
      refresh: async () => {
        try {
          set({ status: await api.sandbox.status({}) });
        } catch (error) {
          set({ error: sandboxFailureMessage('read the sandbox’s status', error) });
        }
      },
      start: (load) => act('start', 'start the rehearsal', () => api.sandbox.start({ load })),
      stop: () => act('stop', 'stop the rehearsal', () => api.sandbox.stop({})),
      fault: (fault) => act('fault', faultAttempt(fault), () => api.sandbox.fault({ fault })),
      startLoad: (preset) =>
        act('startLoad', `start the ${preset} load`, () => api.sandbox.startLoad({ preset })),
      stopLoad: () => act('stopLoad', 'stop the load', () => api.sandbox.stopLoad({})),
      dismissError: () => set({ error: null }),
    };
  });
}

/** What a fault call attempts, for its failure message. */
function faultAttempt(fault: FaultSpec): string {
  switch (fault.kind) {
    case 'latency':
      return 'set the added latency';
    case 'errors':
      return 'set the error rate';
    case 'cpu':
      return 'set the CPU burn';
    case 'crash':
      return 'crash the service';
    case 'dependency':
      return `take the dependency ${fault.state}`;
    case 'clear':
      return 'clear the faults';
  }
}

export const selectSandboxStatus = (state: SandboxState): SandboxStatus | null => state.status;

export const selectIsBusy = (state: SandboxState): boolean => state.inFlight !== null;

/**
 * Why the last start failed, as the status keeps it, while the sandbox is stopped again; null
 * when the call's failure already says it, or once something runs.
 */
export function selectStartProblem(state: SandboxState): string | null {
  const { status, error } = state;
  if (!status?.problem || (status.state !== 'stopped' && status.state !== 'starting')) return null;
  return error?.includes(status.problem) ? null : status.problem;
}
