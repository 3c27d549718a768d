import { parseArgs } from 'node:util';
import { z } from 'zod';
import { personNameSchema, severitySchema, titleSchema } from '../../shared/journalTypes';
import { logIssue } from '../host/journal/issueWrites';
import { NO_PANELS } from '../host/journal/panelSnapshotSource';
import { JOURNAL_OPTION, JOURNAL_OPTION_USAGE, openCommandJournal, withJournal } from './journalArguments';
import { parseOption } from './optionValues';

export const ISSUE_USAGE = `warroom issue TITLE --sev N [--owner O] [--as NAME] [--journal FILE]

  Logs an issue of severity N (1 worst, 5 least) on the day being recorded.
  --owner O         who is on it
  --as NAME         who is logging it (default: the day's first operator)
  ${JOURNAL_OPTION_USAGE}`;

const severityOption = z.coerce.number().pipe(severitySchema);

export async function issueCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      ...JOURNAL_OPTION,
      sev: { type: 'string' },
      owner: { type: 'string' },
      as: { type: 'string' },
    },
    allowPositionals: true,
    strict: true,
  });
  const title = parseOption('TITLE', titleSchema, positionals.join(' '));
  if (values.sev === undefined) throw new Error('issue: --sev N is required (1 is the worst, 5 the least)');
  const severity = parseOption('--sev', severityOption, values.sev);
  const owner =
    values.owner === undefined ? undefined : parseOption('--owner', personNameSchema, values.owner);
  return withJournal(openCommandJournal(values.journal, 'record'), async (journal) => {
    const who =
      values.as === undefined ? journal.defaultActor() : parseOption('--as', personNameSchema, values.as);
    // The CLI has no panels of its own: its snapshot says so.
    const issue = await journal.write(logIssue({ title, severity, owner }, who, NO_PANELS.capture()));
    console.log(`Logged issue #${issue.id} SEV${issue.severity} "${issue.title}"`);
    return 0;
  });
}
