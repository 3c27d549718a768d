import { z } from 'zod';

/** pass: ready; fail: not ready (named in the detail); skip: not checked, because an earlier check failed or there is nothing to check. */
export const verifyStatusSchema = z.enum(['pass', 'fail', 'skip']);
export type VerifyStatus = z.infer<typeof verifyStatusSchema>;

/** One row of `warroom verify`'s table. */
export const verifyCheckSchema = z.object({
  /** What was checked: "Prometheus ready", "Panel error-rate queries", "Health sandbox". */
  check: z.string(),
  status: verifyStatusSchema,
  /** What was found, in words; the cause when it failed. May span lines (a workspace file's problems). */
  detail: z.string(),
});
export type VerifyCheck = z.infer<typeof verifyCheckSchema>;

/** Whether an environment is ready for a test day: every check, in order. */
export const verifyReportSchema = z.object({
  /** The environment checked; null when no workspace loaded. */
  environment: z.string().nullable(),
  /** True when no check failed. */
  ok: z.boolean(),
  checks: z.array(verifyCheckSchema),
});
export type VerifyReport = z.infer<typeof verifyReportSchema>;

/** The line under a verify table: ready or not, naming the failed checks and counting the skipped. */
export function verifyVerdict(report: VerifyReport): string {
  const subject = report.environment === null ? 'The workspace' : `Environment ${report.environment}`;
  const named = (status: VerifyStatus) =>
    report.checks.filter((check) => check.status === status).map(({ check }) => check);
  const skipped = named('skip').length;
  const skippedNote = skipped > 0 ? `; ${skipped} skipped` : '';
  if (report.ok) return `${subject} is ready: ${named('pass').length} passed${skippedNote}.`;
  const failed = named('fail');
  return `${subject} is not ready: ${failed.length} failed (${failed.join(', ')})${skippedNote}.`;
}
