import type { Workspace } from '../../../shared/workspace/workspaceTypes';
import type { WorkspaceService } from './workspaceService';

/**
 * Calls `changed` with the new workspace each time the part of it a service depends on (as
 * `signatureOf` writes it) changes; an edit elsewhere in the file, or a broken edit (the last good
 * workspace stays), calls nothing. Returns the function that stops following.
 */
export function onWorkspacePartChange(
  workspace: WorkspaceService,
  signatureOf: (workspace: Workspace | null) => string,
  changed: (next: Workspace | null) => void,
): () => void {
  let signature = signatureOf(workspace.state.workspace);
  return workspace.onChange(({ workspace: next }) => {
    const nextSignature = signatureOf(next);
    if (nextSignature === signature) return;
    signature = nextSignature;
    changed(next);
  });
}
