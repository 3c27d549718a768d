import { parseArgs } from 'node:util';
import { decisionSchema, journalTextSchema, personNameSchema, titleSchema } from '../../shared/journalTypes';
import { endDay, startDay } from '../host/journal/journalWrites';
import { JOURNAL_OPTION, JOURNAL_OPTION_USAGE, openCommandJournal, withJournal } from './journalArguments';
import { parseOption } from './optionValues';

export const DAY_USAGE = `warroom day start NAME [--env E] [--operator O]... [--journal FILE]
warroom day end [--decision go|no-go --reason TEXT] [--as NAME] [--journal FILE]

  Starts or ends the test day being recorded; ending can record the go / no-go decision.
  --env E           the environment under test (default: unspecified)
  --operator O      an operator of the day, repeatable; the first is the default actor (default: you)
  --as NAME         who is recording this (default: the day's first operator)
  ${JOURNAL_OPTION_USAGE}`;

export async function dayCommand(args: string[]): Promise<number> {
  const [action, ...rest] = args;
  if (action === 'start') return start(rest);
  if (action === 'end') return end(rest);
  throw new Error(`day: expected "start" or "end", got ${JSON.stringify(action ?? '')}\n\n${DAY_USAGE}`);
}

async function start(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { ...JOURNAL_OPTION, env: { type: 'string' }, operator: { type: 'string', multiple: true } },
    allowPositionals: true,
    strict: true,
  });
  const name = parseOption('NAME', titleSchema, positionals.join(' '));
  const operators = (values.operator ?? []).map((operator) =>
    parseOption('--operator', personNameSchema, operator),
  );
  return withJournal(openCommandJournal(values.journal, 'record'), async (journal) => {
    const who = operators[0] ?? journal.defaultActor();
    const day = await journal.write(
      startDay(
        {
          name,
          environment: values.env?.trim() || 'unspecified',
          operators: operators.length ? operators : [who],
        },
        who,
      ),
    );
    console.log(`Started test day ${day.id} "${day.name}" (${day.environment}) in ${journal.path}`);
    return 0;
  });
}

async function end(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      ...JOURNAL_OPTION,
      decision: { type: 'string' },
      reason: { type: 'string' },
      as: { type: 'string' },
    },
    strict: true,
  });
  const decision =
    values.decision === undefined ? undefined : parseOption('--decision', decisionSchema, values.decision);
  if (decision && values.reason === undefined) throw new Error('--decision needs --reason: say why');
  const reason =
    values.reason === undefined ? undefined : parseOption('--reason', journalTextSchema, values.reason);
  return withJournal(openCommandJournal(values.journal, 'record'), async (journal) => {
    const who =
      values.as === undefined ? journal.defaultActor() : parseOption('--as', personNameSchema, values.as);
    const day = await journal.write(endDay({ decision, reason }, who));
    const verdict = day.decision ? `, decision ${day.decision}` : '';
    console.log(`Ended test day ${day.id} "${day.name}" with ${day.eventCount} events${verdict}`);
    return 0;
  });
}
