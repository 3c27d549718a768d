import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { type ReportFormat, reportFormatSchema } from '../../shared/reportContract';
import { formatProblem } from '../../shared/workspace/workspaceTypes';
import { findDay } from '../host/journal/journalExport';
import { BUNDLE_FILES, exportReport } from '../host/report/export/exportReport';
import { chromiumPdfPrinter } from '../host/report/export/pdf/chromiumPdfPrinter';
import { reportRedactor, workspaceSecrets } from '../host/report/export/redaction/reportRedactor';
import { RESULTS_ROOT, reportFolderName } from '../host/report/export/reportFolder';
import { loadWorkspace } from '../host/workspace/workspaceLoader';
import type { PackageLayout } from '../packageLayout';
import { JOURNAL_OPTION, JOURNAL_OPTION_USAGE, openCommandJournal, withJournal } from './journalArguments';

export const REPORT_USAGE = `warroom report [DAY] [--format md|html|pdf|bundle] [--out PATH] [--compare DAY]
               [--workspace DIR] [--journal FILE]

  Writes the post-test report of a test day (by id or name; default: the current or newest),
  computed from the journal alone. Secrets the workspace names (their values read from the
  environment variables of the same name) and credentials of a known shape (bearer tokens, URL
  passwords, AWS keys) are replaced by a marker in every file.
  --format FORMAT   md, html (one self-contained file), pdf (printed by the Chromium found on
                    this machine, or $WARROOM_CHROMIUM), or bundle (default): a folder with
                    ${BUNDLE_FILES.markdown}, ${BUNDLE_FILES.html}, ${BUNDLE_FILES.pdf} (when a browser is
                    found), ${BUNDLE_FILES.auditLog} (the hash chain), ${BUNDLE_FILES.systemMetrics}, ${BUNDLE_FILES.healthOverview}
  --out PATH        the file (or the bundle's folder) to write
                    (default: ${RESULTS_ROOT}/<date>-<day name>/ in the current folder)
  --compare DAY     a previous day to compare targets, peak load, errors and latency with
  --workspace DIR   the workspace whose sign-off criteria and dashboard targets apply
                    (default: the shipped runbooks/)
  ${JOURNAL_OPTION_USAGE}`;

/** A command line that makes no sense, or a workspace whose criteria cannot be read. */
const USAGE_EXIT_CODE = 2;

/** The file a single format is written to inside the day's folder. */
const FILE_OF_FORMAT: Readonly<Record<Exclude<ReportFormat, 'bundle'>, string>> = {
  md: BUNDLE_FILES.markdown,
  html: BUNDLE_FILES.html,
  pdf: BUNDLE_FILES.pdf,
};

export async function reportCommand(args: string[], layout: PackageLayout): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      ...JOURNAL_OPTION,
      workspace: { type: 'string' },
      format: { type: 'string', default: 'bundle' },
      out: { type: 'string' },
      compare: { type: 'string' },
    },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length > 1) throw new Error('give at most one day (its id or name)');
  const format = reportFormatSchema.safeParse(values.format);
  if (!format.success) {
    console.error(`warroom report: --format must be one of md, html, pdf, bundle (got "${values.format}")`);
    return USAGE_EXIT_CODE;
  }
  const load = loadWorkspace(resolve(values.workspace ?? layout.defaultWorkspace));
  if (!load.ok) {
    for (const problem of load.problems) console.error(formatProblem(problem));
    console.error(
      'warroom report: the workspace does not load, so its sign-off criteria and targets are unknown',
    );
    return USAGE_EXIT_CODE;
  }
  const { workspace } = load;
  const started = Date.now();
  return withJournal(openCommandJournal(values.journal, 'read'), async (journal) => {
    const day = findDay(journal, positionals[0]);
    const folder = join(RESULTS_ROOT, reportFolderName(day, journal.days()));
    const out = resolve(
      values.out ?? (format.data === 'bundle' ? folder : join(folder, FILE_OF_FORMAT[format.data])),
    );
    const result = await exportReport(
      {
        journal,
        workspace,
        redact: reportRedactor({
          secrets: workspaceSecrets(workspace, (name) => process.env[name] || undefined),
        }),
      },
      {
        day: String(day.id),
        ...(values.compare === undefined ? {} : { compare: values.compare }),
        format: format.data,
        out,
        printer: () => chromiumPdfPrinter(),
        onProgress: (step) =>
          console.error(`warroom report: ${step} (${((Date.now() - started) / 1000).toFixed(1)} s)`),
      },
    );
    for (const file of result.files) console.log(file);
    for (const reason of result.skipped) console.error(`warroom report: skipped ${reason}`);
    const { signoff } = result.prepared.model;
    const verdict = signoff.verdict === 'go' ? 'GO' : 'NO-GO';
    console.error(`warroom report: test day ${day.id} "${day.name}": ${verdict}, ${signoff.verdictReason}`);
    return 0;
  });
}
