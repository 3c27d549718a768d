import { fileURLToPath } from 'node:url';
import { SERVE_USAGE, serveCommand } from './commands/serveCommand';
import { packageLayout } from './packageLayout';

const USAGE = `Warroom: the ops console for stress-test days.

Usage:
  ${SERVE_USAGE.split('\n').join('\n  ')}

  warroom --version
  warroom --help`;

/** The `warroom` command. Each subcommand lives in electron/commands/. */
async function main(argv: string[]): Promise<number> {
  const layout = packageLayout(fileURLToPath(new URL('../..', import.meta.url)));
  const [command, ...rest] = argv;
  switch (command) {
    case 'serve':
      return serveCommand(rest, layout);
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

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`warroom: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
