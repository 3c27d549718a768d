import type { MethodHandlers } from '../apiDispatcher';
import { importGrafana } from './grafanaImport';
import type { WorkspaceService } from './workspaceService';
import { workspaceStatus } from './workspaceStatus';

type WorkspaceMethod = Extract<keyof MethodHandlers, `workspace.${string}`>;

/** The workspace.* half of the contract. */
export function workspaceHandlers(service: WorkspaceService): Pick<MethodHandlers, WorkspaceMethod> {
  return {
    'workspace.status': () => workspaceStatus(service),
    'workspace.importGrafana': (_session, { json, mode }) => importGrafana(service.dir, json, mode),
  };
}
