import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblem } from '../../shared/workspace/workspaceTypes';
import { exportDay, findDay } from '../host/journal/journalExport';
import { buildReport } from '../host/report/buildReport';
import { formatSignoffTable } from '../host/report/signoffTable';
import { loadWorkspace } from '../host/workspace/workspaceLoader';
import type { PackageLayout } from '../packageLayout';
import { JOURNAL_OPTION, JOURNAL_OPTION_USAGE, openCommandJournal, withJournal } from './journalArguments';

export const VERDICT_USAGE = `warroom verdict [DAY] [--workspace DIR] [--journal FILE]

  Prints the go-live sign-off of a test day (by id or name; default: the current or newest),
  computed from the journal: no critical alert fired, every k6 threshold passed, every drill
  recovered, P95 under its target, and the workspace's own criteria, each with the journal events
  it rests on. Exit code: 0 for GO, 1 for NO-GO (the criteria that did not pass are named), 2 on a
  bad command line or a workspace that does not load. A release pipeline gates on it.
  --workspace DIR   the workspace whose sign-off criteria and dashboard targets apply
                    (default: the shipped runbooks/)
  ${JOURNAL_OPTION_USAGE}`;

/** NO-GO: the day did not meet its criteria. */
const NO_GO_EXIT_CODE = 1;
/** A command line that makes no sense, or a workspace whose criteria cannot be read. */
const USAGE_EXIT_CODE = 2;

export async function verdictCommand(args: string[], layout: PackageLayout): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { ...JOURNAL_OPTION, workspace: { type: 'string' } },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length > 1) throw new Error('give at most one day (its id or name)');
  const load = loadWorkspace(resolve(values.workspace ?? layout.defaultWorkspace));
  if (!load.ok) {
    // Judging a day against criteria that cannot be read would be a verdict on nothing.
    for (const problem of load.problems) console.error(formatProblem(problem));
    console.error('warroom verdict: the workspace does not load, so its sign-off criteria are unknown');
    return USAGE_EXIT_CODE;
  }
  return withJournal(openCommandJournal(values.journal, 'read'), (journal) => {
    const day = findDay(journal, positionals[0]);
    const report = buildReport({
      day: exportDay(journal, day),
      signoff: load.workspace.signoff,
      panels: load.workspace.dashboard?.panels ?? [],
    });
    console.log(`Test day ${day.id} "${day.name}" (${day.environment})\n`);
    console.log(formatSignoffTable(report.signoff));
    return report.signoff.verdict === 'go' ? 0 : NO_GO_EXIT_CODE;
  });
}
