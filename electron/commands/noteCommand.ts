import { parseArgs } from 'node:util';
import { journalTextSchema, personNameSchema } from '../../shared/journalTypes';
import { addNote } from '../host/journal/journalWrites';
import { JOURNAL_OPTION, JOURNAL_OPTION_USAGE, openCommandJournal, withJournal } from './journalArguments';
import { parseOption } from './optionValues';

export const NOTE_USAGE = `warroom note TEXT [--as NAME] [--journal FILE]

  Adds a note to the timeline of the day being recorded (one is started if none is).
  --as NAME         who is writing (default: the day's first operator)
  ${JOURNAL_OPTION_USAGE}`;

export async function noteCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { ...JOURNAL_OPTION, as: { type: 'string' } },
    allowPositionals: true,
    strict: true,
  });
  const text = parseOption('TEXT', journalTextSchema, positionals.join(' '));
  return withJournal(openCommandJournal(values.journal, 'record'), async (journal) => {
    const who =
      values.as === undefined ? journal.defaultActor() : parseOption('--as', personNameSchema, values.as);
    const event = await journal.write(addNote(text, who));
    console.log(`Noted as event #${event.seq} by ${event.actor}`);
    return 0;
  });
}
