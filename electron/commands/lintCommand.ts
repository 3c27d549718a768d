import { existsSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatRunbookProblem, type RunbookProblem } from '../../shared/runbookTypes';
import type { Environment } from '../../shared/workspace/workspaceTypes';
import {
  markdownFilesUnder,
  parseRunbookFile,
  type RunbookEntry,
  runbookIdOf,
} from '../host/runbooks/runbookFolder';
import { loadWorkspace, WORKSPACE_FILE_NAME } from '../host/workspace/workspaceLoader';
import type { PackageLayout } from '../packageLayout';

/** The exit code of a command line that makes no sense, or a path that cannot be read. */
const USAGE_EXIT_CODE = 2;
/** How far up from a path warroom.yaml is looked for: deeper than any workspace's folders. */
const MAX_WORKSPACE_SEARCH_DEPTH = 32;

export const LINT_USAGE = `warroom lint [--workspace DIR] [PATH...]

  Checks runbooks: their frontmatter, attributes, probes, step names, rollbacks, environments
  and $VARIABLES. PATHs are Markdown files or folders (every *.md below, not node_modules or
  dot-folders); default: the workspace folder. Prints each problem as file:line:column: message,
  then a summary; exits 0 when there is none, 1 when there are, 2 on a bad command line or path.
  --workspace DIR   the workspace whose warroom.yaml names the environments (default: the one
                    holding the first PATH, else the shipped runbooks/)`;

/** Where lint writes: the console, or a test's capture. */
export interface LintOutput {
  out(line: string): void;
  err(line: string): void;
}

const CONSOLE_OUTPUT: LintOutput = { out: (line) => console.log(line), err: (line) => console.error(line) };

export async function lintCommand(
  args: string[],
  layout: Pick<PackageLayout, 'defaultWorkspace'>,
  output: LintOutput = CONSOLE_OUTPUT,
): Promise<number> {
  let values: { workspace?: string; help?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args,
      options: { workspace: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    }));
  } catch (error) {
    return usageError(output, error instanceof Error ? error.message : String(error));
  }
  if (values.help) {
    output.out(LINT_USAGE);
    return 0;
  }
  const paths = (positionals.length > 0 ? positionals : [values.workspace ?? layout.defaultWorkspace]).map(
    (path) => resolve(path),
  );
  const missing = paths.find((path) => !existsSync(path));
  if (missing) return usageError(output, `cannot read ${missing}: no such file or folder`);
  const workspaceDir = values.workspace ? resolve(values.workspace) : workspaceAbove(paths[0] as string);
  const environments = workspaceDir ? workspaceEnvironments(workspaceDir, output) : undefined;

  const parses = paths.flatMap((path) => lintPath(path, environments));
  const withProblems = parses.filter((parse) => parse.problems.length > 0);
  for (const parse of withProblems) {
    for (const problem of parse.problems) output.out(formatRunbookProblem(shownFrom(problem)));
  }
  output.out(summary(parses, withProblems));
  return withProblems.length > 0 ? 1 : 0;
}

function lintPath(path: string, environments: Environment[] | undefined): RunbookEntry[] {
  if (statSync(path).isDirectory()) {
    return markdownFilesUnder(path).map((file) =>
      parseRunbookFile(file, runbookIdOf(path, file), environments),
    );
  }
  return [parseRunbookFile(path, runbookIdOf(dirname(path), path), environments)];
}

/** The nearest folder at or above `path` holding warroom.yaml. */
function workspaceAbove(path: string): string | null {
  let dir = statSync(path).isDirectory() ? path : dirname(path);
  for (let depth = 0; depth < MAX_WORKSPACE_SEARCH_DEPTH; depth++) {
    if (existsSync(join(dir, WORKSPACE_FILE_NAME))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
  return null;
}

/** The workspace's environments; when warroom.yaml does not load, lint goes on without them. */
function workspaceEnvironments(dir: string, output: LintOutput): Environment[] | undefined {
  if (!existsSync(join(dir, WORKSPACE_FILE_NAME))) return undefined;
  const load = loadWorkspace(dir);
  if (load.ok) return Object.values(load.workspace.environments);
  output.err(
    `warroom lint: ${shownPath(load.file)} does not load (${plural(load.problems.length, 'problem')}; see warroom verify): environments are not checked`,
  );
  return undefined;
}

/** Paths under the current folder are shown relative to it, as editors and terminals open them. */
function shownPath(file: string): string {
  const fromHere = relative(process.cwd(), file);
  return fromHere.startsWith('..') || isAbsolute(fromHere) ? file : fromHere;
}

function shownFrom(problem: RunbookProblem): RunbookProblem {
  return { ...problem, file: shownPath(problem.file) };
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function summary(parses: RunbookEntry[], withProblems: RunbookEntry[]): string {
  const runbooks = plural(parses.length, 'runbook');
  if (withProblems.length === 0) return `${runbooks}, no problems`;
  const problems = withProblems.reduce((count, parse) => count + parse.problems.length, 0);
  return `${plural(problems, 'problem')} in ${withProblems.length} of ${runbooks}`;
}

function usageError(output: LintOutput, message: string): number {
  output.err(`warroom lint: ${message}\n\n${LINT_USAGE}`);
  return USAGE_EXIT_CODE;
}
