import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { personNameSchema } from '../../shared/journalTypes';
import { appendToDay } from '../host/journal/journalWrites';
import { k6FileKind } from '../host/k6/summarize/k6FileKind';
import { type K6OutputSummary, summarizeK6Output } from '../host/k6/summarize/summarizeK6Output';
import { importK6Summary } from '../host/k6/summary/k6SummaryImport';
import type { K6ImportedSummary } from '../host/k6/summary/k6SummaryTypes';
import { k6SummaryEvent } from '../host/k6/summary/summaryEvent';
import { JOURNAL_OPTION, JOURNAL_OPTION_USAGE, openCommandJournal, withJournal } from './journalArguments';
import { parseOption } from './optionValues';

export const K6_IMPORT_USAGE = `warroom k6 import FILE [--as NAME] [--journal FILE]

  Journals a k6 result for the report, as a k6.summary event in the day being recorded (one is
  started if none is): a summary file k6 wrote (handleSummary data, --summary-export, summary 1.0),
  or a finished \`k6 run --out json\` output (plain or .gz), summarised with its thresholds judged
  as at the end of the test.
  --as NAME         who records it (default: the day's first operator)
  ${JOURNAL_OPTION_USAGE}
  Exit code: 0 once journaled, whatever the verdict; 2 when the file is neither.`;

/** The exit code of a file that cannot be read as k6's. */
const UNREADABLE_EXIT_CODE = 2;

export async function k6ImportCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { ...JOURNAL_OPTION, as: { type: 'string' } },
    allowPositionals: true,
    strict: true,
  });
  const [file] = positionals;
  if (positionals.length !== 1 || file === undefined) throw new Error('give one k6 file to import');
  if (!existsSync(file)) {
    console.error(`warroom k6: there is no file ${file}`);
    return UNREADABLE_EXIT_CODE;
  }
  const read = await readResult(file);
  if (typeof read === 'string') {
    console.error(`warroom k6: ${read}`);
    return UNREADABLE_EXIT_CODE;
  }
  return withJournal(openCommandJournal(values.journal, 'record'), async (journal) => {
    const who =
      values.as === undefined ? journal.defaultActor() : parseOption('--as', personNameSchema, values.as);
    const event = await journal.write(appendToDay(k6SummaryEvent(read, file, who)));
    console.log(`${event.subject}: journaled as event #${event.seq} by ${event.actor}`);
    return 0;
  });
}

/** The file as a summary, or why it is not k6's. */
async function readResult(file: string): Promise<K6ImportedSummary | string> {
  if (k6FileKind(file) === 'summary') {
    const imported = importK6Summary(readFileSync(file, 'utf8'), file);
    return imported.ok
      ? imported.summary
      : `neither k6 --out json output nor a k6 summary: ${imported.problem.message}`;
  }
  const summary = await summarizeK6Output(file);
  if (summary.counts.metrics === 0 && summary.counts.points === 0) {
    return `${file} holds no k6 output lines (${summary.counts.malformed} malformed)`;
  }
  return fromOutput(summary);
}

function fromOutput(summary: K6OutputSummary): K6ImportedSummary {
  const metrics: K6ImportedSummary['metrics'] = {};
  for (const [name, metric] of Object.entries(summary.metrics)) {
    metrics[name] = {
      type: metric.type,
      contains: metric.contains,
      values: metric.values,
      thresholds: Object.entries(metric.thresholds ?? {}).map(([expression, { ok }]) => ({ expression, ok })),
    };
  }
  return {
    format: 'json-output',
    metrics,
    checks: summary.checks,
    testDurationMs: summary.durationMs,
    thresholdsFailed: summary.thresholdsFailed,
    testPassed: null,
  };
}
