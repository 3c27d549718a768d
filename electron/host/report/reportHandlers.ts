import { join } from 'node:path';
import { ApiError } from '../../../shared/apiErrors';
import type { ReportFormat } from '../../../shared/reportContract';
import type { Workspace } from '../../../shared/workspace/workspaceTypes';
import type { MethodHandlers } from '../apiDispatcher';
import type { Journal } from '../journal/journal';
import { findDay } from '../journal/journalExport';
import { refusing } from '../refusals';
import { BUNDLE_FILES, exportReport } from './export/exportReport';
import type { PdfPrinterChoice } from './export/pdf/pdfPrinter';
import { preparePreview, type ReportRef, type ReportSource } from './export/preparedReport';
import type { RedactText } from './export/redaction/reportRedactor';
import { RESULTS_ROOT, reportFolderName } from './export/reportFolder';
import { PreviewSnapshots } from './previewSnapshots';
import { reportPreview } from './reportPreview';

type ReportMethod = Extract<keyof MethodHandlers, `report.${string}`>;

export interface ReportHandlerOptions {
  journal: Journal;
  /** The workspace as last loaded; null: none has loaded. */
  workspace: () => Workspace | null;
  /** Every secret this host knows (the workspace's and those typed into prompts) and token shapes. */
  redact: () => RedactText;
  printer: () => PdfPrinterChoice;
}

/** The file a single format is written to in the day's results folder. */
const FILE_OF_FORMAT: Readonly<Record<Exclude<ReportFormat, 'bundle'>, string>> = {
  md: BUNDLE_FILES.markdown,
  html: BUNDLE_FILES.html,
  pdf: BUNDLE_FILES.pdf,
};

/** The report.* half of the contract: previews for the Report view, exports into the workspace. */
export function reportHandlers(options: ReportHandlerOptions): Pick<MethodHandlers, ReportMethod> {
  const source = (): ReportSource & { workspace: Workspace } => {
    const workspace = options.workspace();
    if (!workspace) {
      throw new ApiError(
        'refused',
        'the workspace has not loaded, so its sign-off criteria and targets are unknown',
      );
    }
    return { journal: options.journal, workspace, redact: options.redact() };
  };
  const snapshots = new PreviewSnapshots(options.journal);
  return {
    'report.preview': (_session, params) =>
      reportPreview(preparePreview(source(), reportRef(params), (day) => snapshots.of(day))),
    'report.export': async (_session, params) => {
      const from = source();
      const day = findDay(options.journal, params.dayId === undefined ? undefined : String(params.dayId));
      const dir = join(from.workspace.dir, RESULTS_ROOT, reportFolderName(day, options.journal.days()));
      const result = await refusing(
        exportReport(from, {
          ...reportRef({ ...params, dayId: day.id }),
          format: params.format,
          out: params.format === 'bundle' ? dir : join(dir, FILE_OF_FORMAT[params.format]),
          printer: options.printer,
        }),
      );
      return { dir, files: result.files, skipped: result.skipped };
    },
  };
}

function reportRef(params: { dayId?: number; compareDayId?: number }): ReportRef {
  return {
    ...(params.dayId === undefined ? {} : { day: String(params.dayId) }),
    ...(params.compareDayId === undefined ? {} : { compare: String(params.compareDayId) }),
  };
}
