import { z } from 'zod';
import { eventSeqSchema } from './journalTypes';
import { k6RunSchema, k6StatusSchema } from './k6StatusTypes';
import { method } from './methodDeclaration';

/** A summary file is a few hundred kB; this keeps one message well under the 4 MiB WebSocket frame. */
export const MAX_SUMMARY_IMPORT_CHARS = 3_000_000;

/** Stopping ends the test for good, so the call says it was confirmed. */
const controlParamsSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('pause') }).strict(),
  z.object({ action: z.literal('resume') }).strict(),
  z.object({ action: z.literal('stop'), confirmed: z.literal(true) }).strict(),
]);

export const k6Methods = {
  'k6.status': method('watch', z.object({}).strict(), k6StatusSchema),
  /** Pause, resume or stop the run through k6's REST API; journaled with who asked. */
  'k6.control': method('operate', controlParamsSchema, k6RunSchema),
  /** Journals the summary of the output read so far, with every threshold's verdict: the report's k6 section. */
  'k6.recordSummary': method('operate', z.object({}).strict(), z.object({ seq: eventSeqSchema })),
  /** Journals a summary file k6 wrote (handleSummary data, --summary-export, or summary 1.0). */
  'k6.importSummary': method(
    'operate',
    z
      .object({
        name: z.string().min(1).max(255),
        text: z.string().min(1).max(MAX_SUMMARY_IMPORT_CHARS),
      })
      .strict(),
    z.object({
      seq: eventSeqSchema,
      format: z.string(),
      metrics: z.number().int(),
      thresholdsFailed: z.number().int(),
    }),
  ),
} as const;

export const k6Events = {
  /** The output read, the API's state or a threshold changed; carries the whole status. */
  'k6.status': k6StatusSchema,
} as const;
