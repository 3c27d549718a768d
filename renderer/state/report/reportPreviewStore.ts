import { createStore } from 'zustand/vanilla';
import type { MethodParams } from '../../../shared/api';
import type { DayInfo } from '../../../shared/journalTypes';
import type { ReportPreview } from '../../../shared/reportContract';
import { type ReportAccess, reportFailureMessage } from './reportAccess';
import { shownReportDayId } from './reportDays';

/** The report of a day as it stands, for the Report view: the days to pick from and the host's preview. */
export interface ReportPreviewState {
  /** Every day in the journal, as the host lists them. */
  days: readonly DayInfo[];
  /** The host has listed the days at least once (until then, no days means "not known yet"). */
  daysKnown: boolean;
  /** The day picked; null follows the default (the day being recorded, else the newest). */
  pickedDayId: number | null;
  /** The day to compare with; null compares with none. */
  compareDayId: number | null;
  /** The host's latest preview of the shown day; null before the first, or after picking another day. */
  preview: ReportPreview | null;
  /** A preview request is on the wire. */
  loading: boolean;
  error: string | null;
  pickDay(dayId: number | null): void;
  pickCompare(dayId: number | null): void;
  /**
   * Asks for the days and the preview again. One request at a time: asked while one runs, it
   * runs once more when that one ends, however often it was asked meanwhile.
   */
  refresh(): Promise<void>;
  dismissError(): void;
}

export type ReportPreviewStore = ReturnType<typeof createReportPreviewStore>;

export function createReportPreviewStore({ api }: ReportAccess) {
  return createStore<ReportPreviewState>()((set, get) => {
    let inFlight: Promise<void> | null = null;
    let askedAgain = false;

    /** What to ask the host for now; null when the journal has no day. */
    const wanted = (): MethodParams<'report.preview'> | null => {
      const dayId = selectShownDayId(get());
      if (dayId === null) return null;
      const compareDayId = selectComparedDayId(get());
      return compareDayId === null ? { dayId } : { dayId, compareDayId };
    };
    const sameRef = (a: MethodParams<'report.preview'> | null, b: MethodParams<'report.preview'>) =>
      a?.dayId === b.dayId && a?.compareDayId === b.compareDayId;

    const load = async () => {
      set({ loading: true });
      try {
        set({ days: await api.journal.days({}), daysKnown: true });
        const ref = wanted();
        if (ref === null) {
          set({ preview: null, error: null });
          return;
        }
        const preview = await api.report.preview(ref);
        // A pick made meanwhile has asked again; this answer is for what is no longer shown.
        if (sameRef(wanted(), ref)) set({ preview, error: null });
      } catch (error) {
        set({ error: reportFailureMessage('build the report preview', error) });
      } finally {
        set({ loading: false });
      }
    };

    const refresh = (): Promise<void> => {
      if (inFlight) {
        askedAgain = true;
        return inFlight;
      }
      inFlight = load().finally(() => {
        inFlight = null;
        if (!askedAgain) return;
        askedAgain = false;
        void refresh();
      });
      return inFlight;
    };

    /** A new pick: the preview on screen is of another day or comparison, so it goes. */
    const repick = (patch: Partial<ReportPreviewState>) => {
      const before = wanted();
      set(patch);
      const after = wanted();
      if (after !== null && sameRef(before, after)) return;
      set({ preview: null, error: null });
      void refresh();
    };

    return {
      days: [],
      daysKnown: false,
      pickedDayId: null,
      compareDayId: null,
      preview: null,
      loading: false,
      error: null,
      pickDay: (dayId) => repick({ pickedDayId: dayId }),
      pickCompare: (dayId) => repick({ compareDayId: dayId }),
      refresh,
      dismissError: () => set({ error: null }),
    };
  });
}

export const selectShownDayId = (state: ReportPreviewState): number | null =>
  shownReportDayId(state.days, state.pickedDayId);

/** The day the shown one is compared with: the one picked, while the journal has it and it is another day. */
export function selectComparedDayId(state: ReportPreviewState): number | null {
  const { days, compareDayId } = state;
  const comparable = compareDayId !== selectShownDayId(state) && days.some((day) => day.id === compareDayId);
  return comparable ? compareDayId : null;
}

export const selectReportPreview = (state: ReportPreviewState): ReportPreview | null => state.preview;

/**
 * Whether a recorded change can alter the preview on screen. A day that has ended no longer
 * changes, so browsing one while another is recorded asks nothing; the default follows the
 * recorded day, which may just have started or ended.
 */
export function previewFollowsChanges(state: ReportPreviewState, currentDayId: number | null): boolean {
  const { preview, pickedDayId, compareDayId } = state;
  if (preview === null || pickedDayId === null || preview.ongoing) return true;
  return currentDayId === null || currentDayId === pickedDayId || currentDayId === compareDayId;
}
