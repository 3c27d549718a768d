import type { ReportAccess } from './reportAccess';
import { createReportExportStore, type ReportExportStore } from './reportExportStore';
import { createReportOverrideStore, type ReportOverrideStore } from './reportOverrideStore';
import { createReportPreviewStore, type ReportPreviewStore } from './reportPreviewStore';

/** The Report view's stores: the preview, its exports and the override dialog. */
export interface ReportStores {
  readonly preview: ReportPreviewStore;
  readonly exports: ReportExportStore;
  readonly override: ReportOverrideStore;
}

export function createReportStores(access: ReportAccess): ReportStores {
  const preview = createReportPreviewStore(access);
  // An override changes the sign-off at once: the preview is asked again without waiting for the sync.
  const override = createReportOverrideStore(access, () => void preview.getState().refresh());
  return { preview, exports: createReportExportStore(access), override };
}
