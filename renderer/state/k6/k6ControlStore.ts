import { createStore } from 'zustand/vanilla';
import { LIVE_VU_SCALING_REMOVED_MESSAGE } from '../../../shared/k6StatusTypes';
import { type K6Access, k6FailureMessage, k6ReadOnlyMessage } from './k6Access';
import type { K6StatusStore } from './k6StatusStore';
import { summaryTooLargeMessage } from './k6SummaryFile';

/** This console's calls to k6, by the name the bar shows progress for. */
export type K6Call = 'pause' | 'resume' | 'stop' | 'record' | 'import';

/** A summary file k6 wrote, as the host journaled it. */
export interface K6ImportedSummary {
  name: string;
  seq: number;
  format: string;
  metrics: number;
  thresholdsFailed: number;
}

export interface K6ControlState {
  /** The call waiting for its answer; one at a time, so a double click sends one. */
  inFlight: K6Call | null;
  /** Stop was asked for and waits for the person to confirm it. */
  confirmingStop: boolean;
  /** Why the last call failed, in words, and which call; cleared by the next call. */
  error: { call: K6Call; message: string } | null;
  /** The journal seq of the last summary recorded from the output. */
  recordedSeq: number | null;
  imported: K6ImportedSummary | null;
  /** Said when someone asks to scale VUs, which k6 no longer does live. */
  notice: string | null;
  pause(): Promise<boolean>;
  resume(): Promise<boolean>;
  /** Opens the confirmation; nothing is sent yet. */
  askStop(): void;
  cancelStop(): void;
  /** Sends the stop, only while it is being confirmed: it ends the test for good. */
  confirmStop(): Promise<boolean>;
  recordSummary(): Promise<boolean>;
  /** Journals a summary file's text; refused here when it is too large to send. */
  importSummary(name: string, text: string): Promise<boolean>;
  /** Shows why VUs cannot be scaled; calls nothing. */
  askScaleVus(): void;
  /** Shows why a call could not even be made (a file that could not be read). */
  fail(call: K6Call, message: string): void;
  dismiss(): void;
}

export type K6ControlStore = ReturnType<typeof createK6ControlStore>;

/** k6.importSummary's limit on the file name it journals. */
const SUMMARY_NAME_MAX_CHARS = 255;

export function createK6ControlStore({ api, canOperate }: K6Access, status: K6StatusStore) {
  return createStore<K6ControlState>()((set, get) => {
    /** Runs one call for an operator; says why when it cannot or when the host refuses. */
    const act = async <T>(
      call: K6Call,
      attempt: string,
      send: () => Promise<T>,
      took: (answer: T) => void,
    ): Promise<boolean> => {
      if (!canOperate()) {
        set({ error: { call, message: k6ReadOnlyMessage(attempt) }, confirmingStop: false });
        return false;
      }
      if (get().inFlight !== null) return false;
      set({ inFlight: call, error: null, notice: null });
      try {
        took(await send());
        set({ inFlight: null });
        return true;
      } catch (error) {
        set({ inFlight: null, error: { call, message: k6FailureMessage(attempt, error) } });
        return false;
      }
    };
    const applyRun = status.getState().applyRun;

    return {
      inFlight: null,
      confirmingStop: false,
      error: null,
      recordedSeq: null,
      imported: null,
      notice: null,
      pause: () => act('pause', 'pause the k6 run', () => api.k6.control({ action: 'pause' }), applyRun),
      resume: () => act('resume', 'resume the k6 run', () => api.k6.control({ action: 'resume' }), applyRun),
      askStop: () => set({ confirmingStop: true, notice: null }),
      cancelStop: () => set({ confirmingStop: false }),
      confirmStop: async () => {
        if (!get().confirmingStop) return false;
        set({ confirmingStop: false });
        return act(
          'stop',
          'stop the k6 run',
          () => api.k6.control({ action: 'stop', confirmed: true }),
          applyRun,
        );
      },
      recordSummary: () =>
        act(
          'record',
          'record k6’s summary',
          () => api.k6.recordSummary({}),
          ({ seq }) => set({ recordedSeq: seq }),
        ),
      importSummary: async (name, text) => {
        const tooLarge = summaryTooLargeMessage(name, { chars: text.length });
        if (tooLarge) {
          set({ error: { call: 'import', message: tooLarge }, imported: null });
          return false;
        }
        if (text.length === 0) {
          set({ error: { call: 'import', message: `${name} is empty: there is no summary to import.` } });
          return false;
        }
        set({ imported: null });
        return act(
          'import',
          `import ${name}`,
          () => api.k6.importSummary({ name: name.slice(0, SUMMARY_NAME_MAX_CHARS), text }),
          (answer) => set({ imported: { name, ...answer } }),
        );
      },
      askScaleVus: () => set({ notice: LIVE_VU_SCALING_REMOVED_MESSAGE }),
      fail: (call, message) => set({ error: { call, message } }),
      dismiss: () => set({ error: null, notice: null }),
    };
  });
}
