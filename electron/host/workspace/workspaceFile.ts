import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { WorkspaceProblem } from '../../../shared/workspace/workspaceTypes';

/** The file that makes a folder a workspace. */
export const WORKSPACE_FILE_NAME = 'warroom.yaml';

/** Far beyond any hand-written workspace; a bigger file is a mistake, and is not read into memory. */
export const MAX_WORKSPACE_FILE_BYTES = 1024 * 1024;

export type WorkspaceFileRead =
  | { ok: true; dir: string; file: string; text: string }
  | { ok: false; dir: string; file: string; problem: WorkspaceProblem };

function fileProblem(file: string, message: string): WorkspaceProblem {
  return { file, line: 0, column: 0, path: '', message };
}

/** Reads DIR/warroom.yaml; a missing, unreadable or oversized file is one problem naming it. */
export function readWorkspaceFile(dir: string): WorkspaceFileRead {
  const absoluteDir = resolve(dir);
  const file = join(absoluteDir, WORKSPACE_FILE_NAME);
  const failed = (message: string): WorkspaceFileRead => ({
    ok: false,
    dir: absoluteDir,
    file,
    problem: fileProblem(file, message),
  });
  try {
    const stats = statSync(file);
    if (!stats.isFile()) return failed(`not a file; a workspace folder holds a ${WORKSPACE_FILE_NAME} file`);
    if (stats.size > MAX_WORKSPACE_FILE_BYTES) {
      return failed(
        `the file is ${stats.size} bytes; a workspace file may be at most ${MAX_WORKSPACE_FILE_BYTES / 1024 / 1024} MiB`,
      );
    }
    return { ok: true, dir: absoluteDir, file, text: readFileSync(file, 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      return failed(`no ${WORKSPACE_FILE_NAME} here; a workspace is a folder holding one`);
    }
    return failed(`cannot read: ${(error as Error).message}`);
  }
}
