import { useStore } from 'zustand';
import { useServices } from '../app/servicesContext';

/** The workspace folder's name; the full path and host version on hover. */
export function WorkspaceLabel() {
  const { connection } = useServices().host;
  const workspace = useStore(connection, (state) => state.workspace);
  const version = useStore(connection, (state) => state.version);
  if (workspace === null) return null;
  const name = workspace.split(/[\\/]/).filter(Boolean).pop() ?? workspace;
  const detail = version ? `${workspace} — Warroom ${version}` : workspace;
  return (
    <span className="workspace" title={detail}>
      <span className="workspace-caption">Workspace</span> <span className="workspace-name">{name}</span>
    </span>
  );
}
