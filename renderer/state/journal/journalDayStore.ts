import { createStore } from 'zustand/vanilla';
import type { MethodParams } from '../../../shared/api';
import type { JournalStatus } from '../../../shared/journalContract';
import type { DayInfo } from '../../../shared/journalTypes';
import type { SettingsStorage } from '../settingsStore';
import { failureMessage, type JournalAccess, readOnlyMessage } from './journalAccess';

/** Where the name typed at this console is kept, so a reload still attributes events to it. */
export const OPERATOR_NAME_KEY = 'warroom.journal.operator';

/** The journal file, the test days in it, and which one is on screen. */
export interface JournalDayState {
  status: JournalStatus | null;
  /** Every day in the journal, as the host lists them. */
  days: readonly DayInfo[];
  /** The earlier day being browsed; null follows the current day. */
  selectedDayId: number | null;
  /** The name typed at this console; the host forgets it with each connection. */
  operatorName: string | null;
  busy: boolean;
  error: string | null;
  refresh(): Promise<void>;
  /** Tells a new connection who sits at this console, if a name was given. */
  reintroduce(): Promise<void>;
  selectDay(dayId: number | null): void;
  startDay(params: MethodParams<'journal.startDay'>): Promise<boolean>;
  endDay(params: MethodParams<'journal.endDay'>): Promise<boolean>;
  recordDecision(params: MethodParams<'journal.recordDecision'>): Promise<boolean>;
  setOperator(name: string): Promise<boolean>;
  dismissError(): void;
}

export type JournalDayStore = ReturnType<typeof createJournalDayStore>;

export function createJournalDayStore(
  { api, canOperate }: JournalAccess,
  storage: SettingsStorage | null = null,
) {
  return createStore<JournalDayState>()((set, get) => {
    /** Runs one write for an operator; says why when it cannot. */
    const write = async <T>(attempt: string, call: () => Promise<T>): Promise<T | null> => {
      if (!canOperate()) {
        set({ error: readOnlyMessage(attempt) });
        return null;
      }
      set({ busy: true });
      try {
        const result = await call();
        set({ busy: false, error: null });
        return result;
      } catch (error) {
        set({ busy: false, error: failureMessage(attempt, error) });
        return null;
      }
    };
    /** The host's answer for a day: it replaces that day's entry (or joins the list) and is, or is no longer, current. */
    const withDay = (day: DayInfo, current: DayInfo | null): Partial<JournalDayState> => {
      const { days, status } = get();
      const known = days.some((d) => d.id === day.id);
      return {
        days: known ? days.map((d) => (d.id === day.id ? day : d)) : [...days, day],
        status: status && { ...status, currentDay: current },
      };
    };

    return {
      status: null,
      days: [],
      selectedDayId: null,
      operatorName: readOperatorName(storage),
      busy: false,
      error: null,
      refresh: async () => {
        try {
          const [status, days] = await Promise.all([api.journal.status({}), api.journal.days({})]);
          set({ status, days });
        } catch (error) {
          set({ error: failureMessage('load the journal’s days', error) });
        }
      },
      reintroduce: async () => {
        const name = get().operatorName;
        if (name === null || !canOperate()) return;
        try {
          await api.journal.setOperator({ name });
        } catch (error) {
          set({ error: failureMessage(`record your name (${name})`, error) });
        }
      },
      selectDay: (dayId) => {
        const current = get().status?.currentDay?.id ?? null;
        set({ selectedDayId: dayId === current ? null : dayId });
      },
      startDay: async (params) => {
        const day = await write('start the day', () => api.journal.startDay(params));
        if (day) set({ ...withDay(day, day), selectedDayId: null });
        return day !== null;
      },
      endDay: async (params) => {
        const day = await write('end the day', () => api.journal.endDay(params));
        if (day) set(withDay(day, null));
        return day !== null;
      },
      recordDecision: async (params) =>
        (await write('record the decision', () => api.journal.recordDecision(params))) !== null,
      setOperator: async (name) => {
        const done = await write('change your name', async () => {
          await api.journal.setOperator({ name });
          return true;
        });
        if (done !== true) return false;
        const status = get().status;
        set({ operatorName: name, ...(status ? { status: { ...status, actor: name } } : {}) });
        try {
          storage?.setItem(OPERATOR_NAME_KEY, name);
        } catch {
          // Storage full or blocked: the name holds until the page is reloaded.
        }
        return true;
      },
      dismissError: () => set({ error: null }),
    };
  });
}

function readOperatorName(storage: SettingsStorage | null): string | null {
  try {
    return storage?.getItem(OPERATOR_NAME_KEY) || null;
  } catch {
    return null;
  }
}

/** The day on screen: the one picked, else the current one. */
export function selectViewedDay(state: JournalDayState): DayInfo | null {
  if (state.selectedDayId === null) return state.status?.currentDay ?? null;
  return state.days.find((day) => day.id === state.selectedDayId) ?? null;
}

export const selectViewedDayId = (state: JournalDayState): number | null =>
  state.selectedDayId ?? state.status?.currentDay?.id ?? null;

export const selectCurrentDay = (state: JournalDayState): DayInfo | null => state.status?.currentDay ?? null;

/** Browsing an earlier day is read-only: what happened then is not written to now. */
export const selectIsBrowsingEarlierDay = (state: JournalDayState): boolean => state.selectedDayId !== null;

export const selectJournalProblem = (state: JournalDayState): string | null => state.status?.problem ?? null;
