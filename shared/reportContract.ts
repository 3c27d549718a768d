import { z } from 'zod';
import { dayIdSchema } from './journalTypes';
import { method } from './methodDeclaration';

/** The formats a report is exported in; `bundle` is the results folder holding all of them. */
export const REPORT_FORMATS = ['md', 'html', 'pdf', 'bundle'] as const;
export const reportFormatSchema = z.enum(REPORT_FORMATS);
export type ReportFormat = z.infer<typeof reportFormatSchema>;

/** Which day to report on (default: the day being recorded, else the newest) and what to compare it with. */
const reportRefSchema = z
  .object({
    dayId: dayIdSchema.optional(),
    compareDayId: dayIdSchema.optional(),
  })
  .strict();

const criterionLineSchema = z.object({
  id: z.string(),
  name: z.string(),
  status: z.enum(['passed', 'failed', 'no-data', 'needs-judgement']),
  reason: z.string(),
  overridden: z.boolean(),
});

export const reportPreviewSchema = z.object({
  dayId: dayIdSchema,
  dayName: z.string(),
  ongoing: z.boolean(),
  asOfMs: z.number(),
  verdict: z.enum(['go', 'no-go']),
  verdictReason: z.string(),
  criteria: z.array(criterionLineSchema),
  /** The HTML report's body, redacted, as the export would write it (long lists cut, see `shortened`). */
  html: z.string(),
  /** The HTML report's style sheet, every rule scoped to `.warroom-report`. */
  css: z.string(),
  /** What the preview left out to stay small; the export has everything. */
  shortened: z.object({
    timeline: z.number().int(),
    commands: z.number().int(),
    snapshots: z.number().int(),
  }),
});
export type ReportPreview = z.infer<typeof reportPreviewSchema>;

export const reportExportSchema = z.object({
  /** The folder written to: `<workspace>/test-results/<day>/`. */
  dir: z.string(),
  /** Every file written, absolute paths. */
  files: z.array(z.string()),
  /** Why a PDF was not written in a bundle (no browser here), when it was not. */
  skipped: z.array(z.string()),
});
export type ReportExport = z.infer<typeof reportExportSchema>;

export const reportMethods = {
  /** The report of a day as it stands now: the sign-off and the HTML body to show. */
  'report.preview': method('watch', reportRefSchema, reportPreviewSchema),
  /** Writes the report in a format into the workspace's results folder for the day. */
  'report.export': method(
    'operate',
    reportRefSchema.extend({ format: reportFormatSchema }).strict(),
    reportExportSchema,
  ),
} as const;
