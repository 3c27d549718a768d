import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { appendToDay, recordCommandFinished } from '../../../electron/host/journal/journalWrites';
import { type ScratchJournal, scratchJournal } from '../../support/scratchJournal';

const SECRET = 'hunter2-planted-0f9e';
const redact = (text: string) => text.replaceAll(SECRET, '[secret DB_PASSWORD]');

describe('a journal told to redact', () => {
  let scratch: ScratchJournal;
  afterEach(() => scratch.dispose());

  it('stores events and transcripts with the secret replaced, in the file as well as on reading', async () => {
    scratch = scratchJournal();
    const { journal } = scratch;
    journal.redactWith(redact);
    const note = await journal.write(
      appendToDay({
        kind: 'note',
        actor: 'ana',
        subject: `logged in with ${SECRET}`,
        payload: { text: `password=${SECRET}`, nested: [{ value: SECRET }], count: 3 },
      }),
    );
    const finished = await journal.write(
      recordCommandFinished(
        {
          terminalId: 't1',
          command: `mysql -p${SECRET}`,
          cwd: null,
          startedAt: 1,
          finishedAt: 2,
          exitCode: 0,
          output: `connected as root using ${SECRET}\r\n`,
          truncated: false,
        },
        'ana',
      ),
    );
    expect(note.subject).toBe('logged in with [secret DB_PASSWORD]');
    expect(note.payload).toEqual({
      text: 'password=[secret DB_PASSWORD]',
      nested: [{ value: '[secret DB_PASSWORD]' }],
      count: 3,
    });
    const transcript = journal.transcript(finished.payload.transcriptId as number);
    expect(transcript.text).toContain('connected as root using [secret DB_PASSWORD]');
    expect(transcript.text).not.toContain(SECRET);
    expect(transcript.summary.command).toBe('mysql -p[secret DB_PASSWORD]');
    expect(journal.verify().problem).toBeNull();
    await journal.close();
    const bytes = readFileSync(scratch.path).toString('latin1');
    expect(bytes).toContain('[secret DB_PASSWORD]');
    expect(bytes).not.toContain(SECRET);
  });

  it('stores text as given once redaction is turned off', async () => {
    scratch = scratchJournal();
    scratch.journal.redactWith(redact);
    scratch.journal.redactWith(null);
    const event = await scratch.journal.write(appendToDay({ kind: 'note', actor: 'ana', subject: SECRET }));
    expect(event.subject).toBe(SECRET);
  });
});
