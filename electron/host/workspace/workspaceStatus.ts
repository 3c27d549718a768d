import { basename } from 'node:path';
import type { WorkspaceStatus } from '../../../shared/workspace/workspaceStatusSchema';
import type { WorkspaceService } from './workspaceService';

/** What the console is told about the workspace: no variables and no secret names. */
export function workspaceStatus(service: WorkspaceService): WorkspaceStatus {
  const { workspace, problems, loadedAt } = service.state;
  return {
    dir: service.dir,
    file: service.file,
    name: workspace?.name ?? basename(service.dir),
    defaultEnvironment: workspace?.defaultEnvironment ?? null,
    environments: workspace ? Object.keys(workspace.environments) : [],
    dashboard: workspace?.dashboard ?? null,
    signoff: workspace?.signoff ?? [],
    problems,
    loadedAt,
  };
}
