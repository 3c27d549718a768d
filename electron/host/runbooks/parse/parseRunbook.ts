import { basename } from 'node:path';
import type { Root } from 'mdast';
import { type Runbook, type RunbookProblem, runbookIdSchema } from '../../../../shared/runbookTypes';
import type { Environment } from '../../../../shared/workspace/workspaceTypes';
import { BlockPlacement } from './blockPlacement';
import { documentBlocks } from './documentBlocks';
import { type Frontmatter, NO_FRONTMATTER, readFrontmatter } from './frontmatter';
import { runbookWideNames } from './knownVariables';
import { markdownTree } from './markdownTree';
import { SourceText } from './sourceText';
import { checkEnvironmentNames, checkRollbacks, checkVariables } from './stepChecks';
import { StepCollector } from './stepCollector';

export interface RunbookSource {
  /** The file's path, as problems name it. */
  file: string;
  id: string;
  text: string;
  /** The workspace's environments, when known: `only`/`except` and `$NAME`s are checked against them. */
  environments?: Environment[];
}

export interface RunbookParse {
  /** null only when the file cannot be a runbook at all; else as much of it as could be read. */
  runbook: Runbook | null;
  /** Sorted by position; a broken step is left out of the runbook's steps. */
  problems: RunbookProblem[];
}

/** Reads a Markdown runbook (docs/runbooks.md): its frontmatter, steps and document, and lints it. */
export function parseRunbook(source: RunbookSource): RunbookParse {
  const { file, id, text } = source;
  const fileProblem = (message: string): RunbookParse => ({
    runbook: null,
    problems: [{ file, line: 1, column: 1, message }],
  });
  if (text.includes('\u0000')) return fileProblem('not a text file: a runbook is Markdown');
  const validId = runbookIdSchema.safeParse(id);
  if (!validId.success) {
    return fileProblem(
      `cannot be named as a runbook (${JSON.stringify(id)}): use letters, digits, - and _ in its path`,
    );
  }
  const sourceText = new SourceText(text);
  const tree = markdownTree(text);
  const problems: RunbookProblem[] = [];
  const frontmatter = readFrontmatterNode(tree, sourceText, file, problems);
  const collector = new StepCollector(file, sourceText, frontmatter.kindGiven);
  const { blocks, firstHeading } = documentBlocks(tree, collector);
  problems.push(...collector.problems);
  const report = (position: { line: number; column: number }, message: string) =>
    problems.push({ file, ...sourceText.clamp(position.line, position.column), message });
  checkRollbacks(collector.notes, report);
  if (source.environments) checkEnvironmentNames(collector.notes, source.environments, report);
  if (frontmatter.kindGiven) {
    const names = runbookWideNames(
      frontmatter.variables.map((variable) => variable.name),
      source.environments,
    );
    checkVariables(collector.notes, names, report);
  }
  const runbook: Runbook = {
    id,
    file,
    title: frontmatter.title?.trim() || firstHeading || basename(file).replace(/\.md$/i, ''),
    kind: frontmatter.kind,
    phase: frontmatter.phase,
    description: frontmatter.description,
    variables: frontmatter.variables,
    steps: collector.notes.flatMap((note) => (note.step ? [note.step] : [])),
    blocks,
  };
  return { runbook, problems: sortedUnique(problems) };
}

function readFrontmatterNode(
  tree: Root,
  source: SourceText,
  file: string,
  problems: RunbookProblem[],
): Frontmatter {
  const node = tree.children[0];
  if (node?.type !== 'yaml') return NO_FRONTMATTER;
  const content = node.value.replace(/\r\n?/g, '\n');
  // The content starts on the line after the opening `---`.
  const placement = new BlockPlacement(source, (node.position?.start.line ?? 1) + 1, content);
  const read = readFrontmatter(content);
  for (const problem of read.problems)
    problems.push({ file, ...placement.at(problem.offset), message: problem.message });
  return read.frontmatter;
}

function sortedUnique(problems: RunbookProblem[]): RunbookProblem[] {
  const seen = new Set<string>();
  return problems
    .filter((problem) => {
      const key = `${problem.line}:${problem.column}:${problem.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.line - b.line || a.column - b.column);
}
