import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parseK6DurationMs } from '../../shared/k6/k6Duration';
import { k6FileKind } from '../host/k6/summarize/k6FileKind';
import { formatK6SummaryTable } from '../host/k6/summarize/k6SummaryTable';
import { formatK6WindowTable } from '../host/k6/summarize/k6WindowTable';
import { type K6SummarizedMetric, summarizeK6Output } from '../host/k6/summarize/summarizeK6Output';
import { importK6Summary } from '../host/k6/summary/k6SummaryImport';
import { K6_IMPORT_USAGE, k6ImportCommand } from './k6ImportCommand';

/** What k6 itself exits with when a threshold failed, so a pipeline gates on either the same way. */
const THRESHOLD_FAILED_EXIT_CODE = 99;

/** The exit code of a command line that makes no sense, or a file that cannot be read. */
const USAGE_EXIT_CODE = 2;

export const K6_USAGE = `warroom k6 summarize FILE [--json] [--window DURATION]

  Summarises a finished \`k6 run --out json=FILE\` output (plain or .gz) as k6's end-of-test
  summary does: every metric's values (times in ms), and the thresholds its Metric lines carry,
  judged at the end of the test. Malformed lines are counted and named, never fatal. A k6 summary
  file (handleSummary data, --summary-export, or the machine-readable summary 1.0) is read as it is.
  --json    print k6's handleSummary shape: {"metrics": {NAME: {type, contains, values, thresholds}}}
  --window DURATION
            also each window of that length (a k6 duration: 1s, 500ms, 1m), oldest first: with
            --json under "windows": [{start, startMs, durationMs, metrics}], else a line per window
            with the k6 panels' figures (VUs, iterations/s, requests/s, p(95), p(99), failed, checks)
  Exit code: 0, or 99 when a threshold failed (as k6 does), 2 when the file cannot be read.`;

export async function k6Command(args: string[]): Promise<number> {
  const [action, ...rest] = args;
  if (action === 'import') return k6ImportCommand(rest);
  if (action !== 'summarize') {
    return usageError(`expected "summarize" or "import", got ${JSON.stringify(action ?? '')}`);
  }
  let values: { json?: boolean; window?: string };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: rest,
      options: { json: { type: 'boolean' }, window: { type: 'string' } },
      allowPositionals: true,
      strict: true,
    }));
  } catch (error) {
    return usageError(error instanceof Error ? error.message : String(error));
  }
  const [file] = positionals;
  if (positionals.length !== 1 || file === undefined) return usageError('give one k6 output file');
  if (!existsSync(file)) {
    console.error(`warroom k6: there is no file ${file}`);
    return USAGE_EXIT_CODE;
  }
  const windowMs = values.window === undefined ? undefined : windowLength(values.window);
  if (windowMs === null) return usageError(`--window takes a k6 duration such as 1s, got "${values.window}"`);
  if (k6FileKind(file) === 'summary') {
    if (windowMs !== undefined) {
      console.error(
        `warroom k6: ${file} is a summary: it has no points to window; --window needs a k6 --out json file`,
      );
      return USAGE_EXIT_CODE;
    }
    return printImportedSummary(file, values.json === true);
  }
  const summary = await summarizeK6Output(file, { windowMs });
  const { counts } = summary;
  if (counts.metrics === 0 && counts.points === 0) {
    console.error(`warroom k6: ${file} holds no k6 output lines (${counts.malformed} malformed)`);
    return USAGE_EXIT_CODE;
  }
  if (counts.malformed > 0) {
    const where = counts.firstMalformed.map((line) => `line ${line.lineNumber}: ${line.reason}`).join('; ');
    console.error(`warroom k6: skipped ${counts.malformed} malformed line(s): ${where}`);
  }
  for (const problem of summary.thresholdProblems)
    console.error(`warroom k6: threshold not judged: ${problem}`);
  if (summary.latePoints) {
    console.error(
      `warroom k6: ${summary.latePoints} point(s) arrived after their window closed: in the summary, in no window`,
    );
  }
  const windows = summary.windows?.map((window) => ({
    start: new Date(window.startMs).toISOString(),
    ...window,
  }));
  if (values.json) {
    console.log(JSON.stringify({ metrics: summary.metrics, ...(windows ? { windows } : {}) }, null, 2));
  } else {
    console.log(
      `${file}: ${counts.points} points of ${counts.metrics} metrics over ${(summary.durationMs / 1000).toFixed(1)} s\n`,
    );
    console.log(formatK6SummaryTable(summary.metrics));
    if (summary.thresholdsFailed > 0) console.log(`\n${summary.thresholdsFailed} threshold(s) failed`);
    if (summary.windows) console.log(`\n${formatK6WindowTable(summary.windows)}`);
  }
  return summary.thresholdsFailed > 0 ? THRESHOLD_FAILED_EXIT_CODE : 0;
}

/** A summary file k6 wrote: its metrics and verdicts as given, in the same shape and exit code. */
function printImportedSummary(file: string, json: boolean): number {
  const imported = importK6Summary(readFileSync(file, 'utf8'), file);
  if (!imported.ok) {
    console.error(`warroom k6: neither k6 --out json output nor a k6 summary: ${imported.problem.message}`);
    return USAGE_EXIT_CODE;
  }
  const { summary } = imported;
  const metrics: Record<string, K6SummarizedMetric> = {};
  for (const [name, metric] of Object.entries(summary.metrics)) {
    metrics[name] = {
      type: metric.type ?? 'trend',
      contains: metric.contains ?? 'default',
      values: metric.values,
      ...(metric.thresholds.length > 0
        ? { thresholds: Object.fromEntries(metric.thresholds.map((t) => [t.expression, { ok: t.ok }])) }
        : {}),
    };
  }
  if (json) console.log(JSON.stringify({ metrics }, null, 2));
  else {
    console.log(`${file}: a k6 summary (${summary.format}), ${Object.keys(metrics).length} metrics\n`);
    console.log(formatK6SummaryTable(metrics));
    if (summary.thresholdsFailed > 0) console.log(`\n${summary.thresholdsFailed} threshold(s) failed`);
  }
  const failed = summary.thresholdsFailed > 0 || summary.testPassed === false;
  return failed ? THRESHOLD_FAILED_EXIT_CODE : 0;
}

/** A window's length in ms, or null when the text is not a positive k6 duration. */
function windowLength(text: string): number | null {
  try {
    const ms = parseK6DurationMs(text);
    return ms > 0 ? ms : null;
  } catch {
    return null;
  }
}

function usageError(message: string): number {
  console.error(`warroom k6: ${message}\n\n${K6_USAGE}\n\n${K6_IMPORT_USAGE}`);
  return USAGE_EXIT_CODE;
}
