import { parseArgs } from 'node:util';
import { exportDay, findDay } from '../host/journal/journalExport';
import { JOURNAL_OPTION, JOURNAL_OPTION_USAGE, openCommandJournal, withJournal } from './journalArguments';

export const JOURNAL_USAGE = `warroom journal export [DAY] --json [--journal FILE]
warroom journal verify [--journal FILE]

  export            prints one test day (by id or name; default: the current or newest) as JSON
  verify            checks the file's integrity and the hash chain of every event; exits 1 and
                    names the first bad event if anything was edited, deleted or reordered
  ${JOURNAL_OPTION_USAGE}`;

export async function journalCommand(args: string[]): Promise<number> {
  const [action, ...rest] = args;
  if (action === 'verify') return verify(rest);
  if (action === 'export') return exportCommand(rest);
  throw new Error(
    `journal: expected "export" or "verify", got ${JSON.stringify(action ?? '')}\n\n${JOURNAL_USAGE}`,
  );
}

async function verify(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: JOURNAL_OPTION, strict: true });
  return withJournal(openCommandJournal(values.journal, 'read'), (journal) => {
    const integrity = journal.database.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') {
      console.error(`journal ${journal.path}: SQLite integrity check failed: ${String(integrity)}`);
      return 1;
    }
    const result = journal.verify();
    if (result.problem) {
      console.error(`journal ${journal.path}: ${result.problem.message}`);
      console.error(
        `first bad event: #${result.problem.seq} (${result.eventsChecked} events before it are intact)`,
      );
      return 1;
    }
    console.log(`journal ${journal.path}: ${result.eventsChecked} events, hash chain intact`);
    return 0;
  });
}

async function exportCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { ...JOURNAL_OPTION, json: { type: 'boolean', default: false } },
    allowPositionals: true,
    strict: true,
  });
  if (!values.json) throw new Error('journal export: JSON is the export format, so say --json');
  if (positionals.length > 1) throw new Error('journal export: name at most one day');
  return withJournal(openCommandJournal(values.journal, 'read'), (journal) => {
    const data = exportDay(journal, findDay(journal, positionals[0]));
    process.stdout.write(`${JSON.stringify(data, null, 2)}\n`);
    return 0;
  });
}
