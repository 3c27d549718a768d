import { fileURLToPath } from 'node:url';
import { DAY_USAGE, dayCommand } from './commands/dayCommand';
import { IMPORT_USAGE, importCommand } from './commands/importCommand';
import { ISSUE_USAGE, issueCommand } from './commands/issueCommand';
import { JOURNAL_USAGE, journalCommand } from './commands/journalCommand';
import { K6_USAGE, k6Command } from './commands/k6Command';
import { K6_IMPORT_USAGE } from './commands/k6ImportCommand';
import { LINT_USAGE, lintCommand } from './commands/lintCommand';
import { NOTE_USAGE, noteCommand } from './commands/noteCommand';
import { RUN_USAGE, runCommand } from './commands/runCommand';
import { SANDBOX_USAGE, sandboxCommand } from './commands/sandboxCommand';
import { SERVE_USAGE, serveCommand } from './commands/serveCommand';
import { VERIFY_USAGE, verifyCommand } from './commands/verifyCommand';
import { packageLayout } from './packageLayout';

const USAGE = `Warroom: the ops console for stress-test days.

Usage:
${[SERVE_USAGE, VERIFY_USAGE, RUN_USAGE, LINT_USAGE, DAY_USAGE, NOTE_USAGE, ISSUE_USAGE, JOURNAL_USAGE, SANDBOX_USAGE, IMPORT_USAGE, K6_USAGE, K6_IMPORT_USAGE].map(indent).join('\n\n')}

  warroom --version
  warroom --help`;

/** The `warroom` command. Each subcommand lives in electron/commands/. */
async function main(argv: string[]): Promise<number> {
  const layout = packageLayout(fileURLToPath(new URL('../..', import.meta.url)));
  const [command, ...rest] = argv;
  switch (command) {
    case 'serve':
      return serveCommand(rest, layout);
    case 'verify':
      return verifyCommand(rest, layout);
    case 'day':
      return dayCommand(rest);
    case 'note':
      return noteCommand(rest);
    case 'issue':
      return issueCommand(rest);
    case 'journal':
      return journalCommand(rest);
    case 'sandbox':
      return sandboxCommand(rest, layout);
    case 'k6':
      return k6Command(rest);
    case 'import':
      return importCommand(rest);
    case 'run':
      return runCommand(rest, layout);
    case 'lint':
      return lintCommand(rest, layout);
    case '--version':
    case '-v':
      console.log(layout.version);
      return 0;
    case undefined:
    case '--help':
    case '-h':
    case 'help':
      console.log(USAGE);
      return 0;
    default:
      console.error(`warroom: unknown command ${JSON.stringify(command)}\n\n${USAGE}`);
      return 2;
  }
}

function indent(usage: string): string {
  return usage
    .split('\n')
    .map((line) => (line ? `  ${line}` : line))
    .join('\n');
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`warroom: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
