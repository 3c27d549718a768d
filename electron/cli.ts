import { fileURLToPath } from 'node:url';
import { type PackageLayout, packageLayout } from './packageLayout';

type Command = (args: string[], layout: PackageLayout) => Promise<number>;

/**
 * Each command loaded only when it runs: the serve command's host (SQLite, ptys, the HTTP server)
 * would otherwise make every `warroom note` and `warroom k6 summarize` start slowly.
 */
const COMMANDS: Record<string, () => Promise<Command>> = {
  serve: async () => (await import('./commands/serveCommand')).serveCommand,
  verify: async () => (await import('./commands/verifyCommand')).verifyCommand,
  report: async () => (await import('./commands/reportCommand')).reportCommand,
  verdict: async () => (await import('./commands/verdictCommand')).verdictCommand,
  override: async () => (await import('./commands/overrideCommand')).overrideCommand,
  day: async () => (await import('./commands/dayCommand')).dayCommand,
  note: async () => (await import('./commands/noteCommand')).noteCommand,
  issue: async () => (await import('./commands/issueCommand')).issueCommand,
  journal: async () => (await import('./commands/journalCommand')).journalCommand,
  sandbox: async () => (await import('./commands/sandboxCommand')).sandboxCommand,
  k6: async () => (await import('./commands/k6Command')).k6Command,
  import: async () => (await import('./commands/importCommand')).importCommand,
  run: async () => (await import('./commands/runCommand')).runCommand,
  lint: async () => (await import('./commands/lintCommand')).lintCommand,
};

/** Every command's usage, in the order --help lists them (this loads them all). */
async function usage(): Promise<string> {
  const texts = [
    (await import('./commands/serveCommand')).SERVE_USAGE,
    (await import('./commands/verifyCommand')).VERIFY_USAGE,
    (await import('./commands/runCommand')).RUN_USAGE,
    (await import('./commands/lintCommand')).LINT_USAGE,
    (await import('./commands/dayCommand')).DAY_USAGE,
    (await import('./commands/noteCommand')).NOTE_USAGE,
    (await import('./commands/issueCommand')).ISSUE_USAGE,
    (await import('./commands/journalCommand')).JOURNAL_USAGE,
    (await import('./commands/reportCommand')).REPORT_USAGE,
    (await import('./commands/verdictCommand')).VERDICT_USAGE,
    (await import('./commands/overrideCommand')).OVERRIDE_USAGE,
    (await import('./commands/sandboxCommand')).SANDBOX_USAGE,
    (await import('./commands/importCommand')).IMPORT_USAGE,
    (await import('./commands/k6Command')).K6_USAGE,
    (await import('./commands/k6ImportCommand')).K6_IMPORT_USAGE,
  ];
  return `Warroom: the ops console for stress-test days.

Usage:
${texts.map(indent).join('\n\n')}

  warroom --version
  warroom --help`;
}

/** The `warroom` command. Each subcommand lives in electron/commands/. */
async function main(argv: string[]): Promise<number> {
  const layout = packageLayout(fileURLToPath(new URL('../..', import.meta.url)));
  const [command, ...rest] = argv;
  const load = command !== undefined && Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (load) return (await load())(rest, layout);
  switch (command) {
    case '--version':
    case '-v':
      console.log(layout.version);
      return 0;
    case undefined:
    case '--help':
    case '-h':
    case 'help':
      console.log(await usage());
      return 0;
    default:
      console.error(`warroom: unknown command ${JSON.stringify(command)}\n\n${await usage()}`);
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
