import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { criterionNameSchema, journalTextSchema, personNameSchema } from '../../shared/journalTypes';
import { overrideCriterion } from '../host/journal/journalWrites';
import { criterionNames } from '../host/report/builtInCriteria';
import { loadWorkspace } from '../host/workspace/workspaceLoader';
import type { PackageLayout } from '../packageLayout';
import { JOURNAL_OPTION, JOURNAL_OPTION_USAGE, openCommandJournal, withJournal } from './journalArguments';
import { parseOption } from './optionValues';

export const OVERRIDE_USAGE = `warroom override CRITERION --reason TEXT [--workspace DIR] [--as NAME] [--journal FILE]

  Overrides a go-live criterion the data did not pass (its name as warroom verdict shows it), with
  the reason recorded in the day being recorded: the report shows it as overridden, and it counts
  as passed. A criterion the workspace does not know is refused.
  --reason TEXT     why the criterion may be set aside (required)
  --workspace DIR   the workspace whose criteria apply (default: the shipped runbooks/)
  --as NAME         who decides (default: the day's first operator)
  ${JOURNAL_OPTION_USAGE}`;

export async function overrideCommand(args: string[], layout: PackageLayout): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      ...JOURNAL_OPTION,
      reason: { type: 'string' },
      workspace: { type: 'string' },
      as: { type: 'string' },
    },
    allowPositionals: true,
    strict: true,
  });
  const criterion = parseOption('CRITERION', criterionNameSchema, positionals.join(' '));
  const reason = parseOption('--reason', journalTextSchema, values.reason ?? '');
  const load = loadWorkspace(resolve(values.workspace ?? layout.defaultWorkspace));
  const known = criterionNames(load.ok ? load.workspace.signoff : []);
  if (!known.includes(criterion)) {
    throw new Error(`no sign-off criterion "${criterion}"; the criteria are: ${known.join('; ')}`);
  }
  return withJournal(openCommandJournal(values.journal, 'record'), async (journal) => {
    const who =
      values.as === undefined ? journal.defaultActor() : parseOption('--as', personNameSchema, values.as);
    const event = await journal.write(overrideCriterion(criterion, reason, who));
    console.log(`Overridden as event #${event.seq} by ${event.actor}: ${criterion}`);
    return 0;
  });
}
