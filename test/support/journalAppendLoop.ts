import { Journal } from '../../electron/host/journal/journal';
import { addNote } from '../../electron/host/journal/journalWrites';

/**
 * A child process for the crash test: appends notes in bursts of varying size until it is
 * killed, printing "seq subject" for each append once the journal has answered it.
 */
const [path, run] = process.argv.slice(2);
if (!path || !run) throw new Error('usage: journalAppendLoop FILE RUN');
const journal = Journal.open(path);
let counter = 0;

async function burst(): Promise<void> {
  const size = 1 + Math.floor(Math.random() * 200);
  const appends = Array.from({ length: size }, () => {
    const subject = `run ${run} note ${counter++}`;
    return journal.write(addNote(subject, 'crash-test')).then((event) => {
      process.stdout.write(`${event.seq} ${event.subject}\n`);
    });
  });
  await Promise.all(appends);
}

for (;;) await burst();
