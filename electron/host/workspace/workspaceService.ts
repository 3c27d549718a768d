import { resolve } from 'node:path';
import type { Workspace, WorkspaceProblem } from '../../../shared/workspace/workspaceTypes';
import { WORKSPACE_FILE_NAME } from './workspaceFile';
import { loadWorkspace, type WorkspaceLoad } from './workspaceLoader';
import { type WorkspaceWatcher, watchWorkspaceFile } from './workspaceWatcher';

export interface WorkspaceState {
  /** The last workspace that loaded; null while none has. */
  workspace: Workspace | null;
  /** The file's problems as it is now; empty when it loaded. */
  problems: WorkspaceProblem[];
  /** When the file was last read, ms since the epoch. */
  loadedAt: number;
}

export type WorkspaceListener = (state: WorkspaceState) => void;

/**
 * The open workspace, reloaded whenever warroom.yaml changes. A broken edit keeps the last good
 * workspace, so the dashboard stays on screen while its problems are shown.
 */
export class WorkspaceService {
  readonly dir: string;
  readonly file: string;
  /** The load at creation, which the console starts from (its sandbox, for one). */
  readonly firstLoad: WorkspaceLoad;
  private current: WorkspaceState;
  private readonly listeners = new Set<WorkspaceListener>();
  private readonly watcher: WorkspaceWatcher;

  constructor(dir: string) {
    this.dir = resolve(dir);
    this.file = resolve(this.dir, WORKSPACE_FILE_NAME);
    this.firstLoad = loadWorkspace(this.dir);
    this.current = stateAfter(this.firstLoad, null);
    this.watcher = watchWorkspaceFile(this.dir, {
      changed: () => this.reload(),
      failed: (error) => this.watchFailed(error),
    });
  }

  get state(): WorkspaceState {
    return this.current;
  }

  /** Calls `listener` after every reload; returns the function that stops it. */
  onChange(listener: WorkspaceListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  dispose(): void {
    this.watcher.close();
    this.listeners.clear();
  }

  private reload(): void {
    this.update(stateAfter(loadWorkspace(this.dir), this.current.workspace));
  }

  private watchFailed(error: Error): void {
    const problem: WorkspaceProblem = {
      file: this.file,
      line: 0,
      column: 0,
      path: '',
      message: `changes to the file are not picked up (${error.message}); open the workspace again`,
    };
    this.update({ ...this.current, problems: [...this.current.problems, problem] });
  }

  private update(state: WorkspaceState): void {
    this.current = state;
    for (const listener of this.listeners) listener(state);
  }
}

function stateAfter(load: WorkspaceLoad, lastGood: Workspace | null): WorkspaceState {
  const loadedAt = Date.now();
  return load.ok
    ? { workspace: load.workspace, problems: [], loadedAt }
    : { workspace: lastGood, problems: load.problems, loadedAt };
}
