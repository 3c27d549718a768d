import { type Dirent, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import type { Runbook, RunbookProblem } from '../../../shared/runbookTypes';
import type { Environment } from '../../../shared/workspace/workspaceTypes';
import { RESULTS_ROOT } from '../report/export/reportFolder';
import { parseRunbook } from './parse/parseRunbook';

/**
 * Far beyond a hand-written runbook (a long one is 20 KiB). Markdown parsing takes some µs a
 * character, so a bigger file, surely a mistake, would stall the catalog: it is not read.
 */
export const MAX_RUNBOOK_BYTES = 256 * 1024;
/** Far beyond any workspace's runbooks; stops a walk into a huge tree (a home folder) early. */
export const MAX_RUNBOOK_FILES = 5_000;
/** Bounds the walk as well in a tree of folders without runbooks. */
const MAX_FOLDERS_WALKED = 20_000;
/** Folders that are never runbooks: installed packages. Dot-folders (.git, .github) are skipped too. */
const SKIPPED_FOLDERS = ['node_modules'];

export interface RunbookEntry {
  id: string;
  /** Absolute. */
  file: string;
  runbook: Runbook | null;
  problems: RunbookProblem[];
}

/**
 * Whether a path below the workspace (relative to it) is never a runbook nor holds one: a dot-file
 * or anything in a dot-folder or node_modules, and the reports the workspace's days were exported
 * to (`test-results/`, whose `stress-test-report.md` is not a runbook).
 */
export function isOutsideRunbooks(relativePath: string): boolean {
  const names = relativePath.split(sep);
  return (
    names[0] === RESULTS_ROOT || names.some((name) => name.startsWith('.') || SKIPPED_FOLDERS.includes(name))
  );
}

/** The `*.md` files under `dir`, sorted, outside what `isOutsideRunbooks` names, at most MAX_RUNBOOK_FILES. */
export function markdownFilesUnder(dir: string): string[] {
  const found: string[] = [];
  const pending = [dir];
  let walked = 0;
  while (pending.length > 0 && found.length < MAX_RUNBOOK_FILES && walked++ < MAX_FOLDERS_WALKED) {
    const folder = pending.pop() as string;
    let entries: Dirent[];
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      const path = join(folder, entry.name);
      if (isOutsideRunbooks(relative(dir, path))) continue;
      // Symbolic links are not followed: a link back up the tree would never end.
      if (entry.isDirectory()) pending.push(path);
      else if (entry.isFile() && isMarkdownName(entry.name)) found.push(path);
    }
  }
  return found.slice(0, MAX_RUNBOOK_FILES).sort();
}

export function isMarkdownName(name: string): boolean {
  return name.toLowerCase().endsWith('.md');
}

/** A runbook's id: its path under the folder, without `.md`, with `/` between names. */
export function runbookIdOf(dir: string, file: string): string {
  return relative(dir, file).split(sep).join('/').replace(/\.md$/i, '');
}

/** Reads and parses one file; an unreadable or oversized file is one problem naming it. */
export function parseRunbookFile(file: string, id: string, environments?: Environment[]): RunbookEntry {
  const failed = (message: string): RunbookEntry => ({
    id,
    file,
    runbook: null,
    problems: [{ file, line: 1, column: 1, message }],
  });
  let text: string;
  try {
    const size = statSync(file).size;
    if (size > MAX_RUNBOOK_BYTES) {
      return failed(`the file is ${size} bytes; a runbook may be at most ${MAX_RUNBOOK_BYTES / 1024} KiB`);
    }
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return failed(`cannot read ${basename(file)}: ${(error as Error).message}`);
  }
  return { id, file, ...parseRunbook({ file, id, text, environments }) };
}

/** Every runbook under `dir` (docs/runbooks.md: every `*.md`), each with its problems. */
export function loadRunbookFolder(dir: string, environments?: Environment[]): RunbookEntry[] {
  return markdownFilesUnder(dir).map((file) => parseRunbookFile(file, runbookIdOf(dir, file), environments));
}
