import { type FSWatcher, watch } from 'node:fs';
import { WORKSPACE_FILE_NAME } from './workspaceFile';

/** Editors save in bursts (write a temporary file, rename it over, touch it); one reload per save. */
const RELOAD_DEBOUNCE_MS = 150;

export interface WorkspaceWatcherEvents {
  /** warroom.yaml changed, was replaced, deleted or created, and has been quiet for the debounce. */
  changed(): void;
  /** The folder can no longer be watched (or never could): later edits go unnoticed. */
  failed(error: Error): void;
}

export interface WorkspaceWatcher {
  close(): void;
}

/**
 * Watches DIR for changes to its warroom.yaml. It watches the folder, not the file: an editor that
 * saves by renaming a new file over the old one, or a delete and re-create, would leave a watch on
 * the file looking at a file that is gone.
 */
export function watchWorkspaceFile(dir: string, events: WorkspaceWatcherEvents): WorkspaceWatcher {
  let timer: NodeJS.Timeout | undefined;
  let watcher: FSWatcher | undefined;
  const close = () => {
    clearTimeout(timer);
    watcher?.close();
  };
  const settle = () => {
    clearTimeout(timer);
    timer = setTimeout(events.changed, RELOAD_DEBOUNCE_MS);
    // A pending reload must not keep a process alive that is otherwise done.
    timer.unref();
  };
  try {
    watcher = watch(dir, { persistent: false }, (_event, filename) => {
      // No filename: the platform did not say which file changed, so it may be ours.
      if (filename === null || filename === WORKSPACE_FILE_NAME) settle();
    });
    watcher.on('error', (error) => {
      close();
      events.failed(error);
    });
  } catch (error) {
    events.failed(error as Error);
  }
  return { close };
}
