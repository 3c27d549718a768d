import type { Environment } from '../../../shared/workspace/workspaceTypes';
import { loadRunbookFolder, type RunbookEntry } from './runbookFolder';
import { watchRunbookFolder } from './runbookFolderWatcher';

/** The workspace's runbooks as last read, reread whenever a Markdown file below it changes. */
export class RunbookCatalog {
  private entries = new Map<string, RunbookEntry>();
  private readonly watcher: { close(): void };

  constructor(
    private readonly dir: string,
    private readonly environments: () => Environment[],
    private readonly changed: () => void,
  ) {
    this.reload();
    this.watcher = watchRunbookFolder(dir, {
      changed: () => {
        this.reload();
        this.changed();
      },
      failed: (error) =>
        console.error(
          `warroom: runbooks in ${dir} are no longer watched (${error.message}); restart to reread them`,
        ),
    });
  }

  list(): RunbookEntry[] {
    return [...this.entries.values()];
  }

  get(id: string): RunbookEntry | null {
    return this.entries.get(id) ?? null;
  }

  /** Rereads every file: a workspace's runbooks are tens of small files, read in milliseconds. */
  reload(): void {
    this.entries = new Map(
      loadRunbookFolder(this.dir, this.environments()).map((entry) => [entry.id, entry]),
    );
  }

  dispose(): void {
    this.watcher.close();
  }
}
