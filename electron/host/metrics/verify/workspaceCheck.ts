import type { VerifyCheck } from '../../../../shared/verifyTypes';
import {
  formatProblem,
  type Workspace,
  type WorkspaceProblem,
} from '../../../../shared/workspace/workspaceTypes';

/** The workspace as verify finds it: the file, its problems as it is now, and the last good load. */
export interface WorkspaceToVerify {
  /** warroom.yaml's path. */
  file: string;
  /** The last workspace that loaded; null when none has. */
  workspace: Workspace | null;
  /** The file's problems as it is now; empty when it loads. */
  problems: readonly WorkspaceProblem[];
}

/**
 * Check 1: the workspace file loads. Its problems, one `file:line:column: path: message` a line.
 * In a console whose file broke after it loaded, the other checks go on with the last good load.
 */
export function workspaceCheck({ file, workspace, problems }: WorkspaceToVerify): VerifyCheck {
  const check = 'Workspace file loads';
  if (problems.length === 0) return { check, status: 'pass', detail: file };
  const lines = problems.map(formatProblem);
  if (workspace) lines.unshift('the checks below use the last good load; the file now has these problems:');
  return { check, status: 'fail', detail: lines.join('\n') };
}
