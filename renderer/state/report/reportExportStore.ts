import { createStore } from 'zustand/vanilla';
import type { ReportExport, ReportFormat } from '../../../shared/reportContract';
import { type ReportAccess, reportFailureMessage, reportReadOnlyMessage } from './reportAccess';

/** Each format as its button and the result line name it. */
export const REPORT_FORMAT_LABELS: Readonly<Record<ReportFormat, string>> = {
  md: 'Markdown',
  html: 'HTML',
  pdf: 'PDF',
  bundle: 'Results bundle',
};

/** What the day and comparison to export are. */
export interface ExportTarget {
  dayId: number;
  compareDayId: number | null;
}

export interface ReportExportState {
  /** The format being written; one export at a time, so a double click writes once. */
  inFlight: ReportFormat | null;
  /** The last export that succeeded, and in which format. */
  result: (ReportExport & { format: ReportFormat }) | null;
  error: string | null;
  exportReport(target: ExportTarget, format: ReportFormat): Promise<boolean>;
  dismiss(): void;
}

export type ReportExportStore = ReturnType<typeof createReportExportStore>;

export function createReportExportStore({ api, canOperate }: ReportAccess) {
  return createStore<ReportExportState>()((set, get) => ({
    inFlight: null,
    result: null,
    error: null,
    exportReport: async ({ dayId, compareDayId }, format) => {
      const attempt = `export the ${REPORT_FORMAT_LABELS[format]} report`;
      if (!canOperate()) {
        set({ error: reportReadOnlyMessage(attempt), result: null });
        return false;
      }
      if (get().inFlight !== null) return false;
      set({ inFlight: format, error: null, result: null });
      try {
        const written = await api.report.export({
          dayId,
          ...(compareDayId === null ? {} : { compareDayId }),
          format,
        });
        set({ inFlight: null, result: { ...written, format } });
        return true;
      } catch (error) {
        set({ inFlight: null, error: reportFailureMessage(attempt, error) });
        return false;
      }
    },
    dismiss: () => set({ error: null, result: null }),
  }));
}

/** A file's name without its folder, for the result line (the folder is said once). */
export function fileName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}
