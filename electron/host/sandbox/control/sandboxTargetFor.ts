import { formatProblem } from '../../../../shared/workspace/workspaceTypes';
import type { WorkspaceLoad } from '../../workspace/workspaceLoader';
import type { ServiceEntry } from '../supervisor/serviceSupervisor';
import type { SandboxTarget } from './sandboxController';

/** The workspace's default environment's sandbox, or why "Start rehearsal" cannot be offered. */
export function sandboxTargetFor(
  load: WorkspaceLoad,
  entry: ServiceEntry,
): SandboxTarget | { unavailable: string } {
  if (!load.ok) {
    const [first, ...rest] = load.problems;
    const more = rest.length ? ` (and ${rest.length} more)` : '';
    return {
      unavailable: `the workspace file has problems${more}: ${first ? formatProblem(first) : load.file}`,
    };
  }
  const { workspace } = load;
  const environment = workspace.environments[workspace.defaultEnvironment];
  if (!environment?.sandbox) {
    return {
      unavailable: `environment "${workspace.defaultEnvironment}" of ${workspace.file} has no sandbox: the rehearsal runs from the shipped workspace (warroom serve without --workspace)`,
    };
  }
  return { entry, environment: environment.name, config: environment.sandbox };
}
