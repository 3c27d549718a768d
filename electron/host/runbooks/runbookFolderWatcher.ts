import { type FSWatcher, statSync, watch } from 'node:fs';
import { join } from 'node:path';
import { isMarkdownName, isOutsideRunbooks } from './runbookFolder';

/** An editor's save is a burst of events; a folder checkout is a larger one. One reload per burst. */
const RESCAN_DEBOUNCE_MS = 200;

/** Watches a folder and everything below it for Markdown files changing, appearing or going. */
export function watchRunbookFolder(
  dir: string,
  events: { changed(): void; failed(error: Error): void },
): { close(): void } {
  let timer: NodeJS.Timeout | undefined;
  let watcher: FSWatcher | undefined;
  const close = () => {
    clearTimeout(timer);
    watcher?.close();
  };
  try {
    watcher = watch(dir, { persistent: false, recursive: true }, (_event, filename) => {
      if (filename !== null && !mayChangeRunbooks(dir, filename)) return;
      clearTimeout(timer);
      timer = setTimeout(events.changed, RESCAN_DEBOUNCE_MS);
      timer.unref();
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

/**
 * Whether a change to `filename` (relative to `dir`) can change the runbooks. A folder made, renamed
 * or removed reports only its own name, so anything but a file that is not Markdown counts. A
 * journal kept in the workspace writes its `-wal` file at every event: that must not reread them.
 */
function mayChangeRunbooks(dir: string, filename: string): boolean {
  if (isOutsideRunbooks(filename)) return false;
  if (isMarkdownName(filename)) return true;
  try {
    return !statSync(join(dir, filename)).isFile();
  } catch {
    return true;
  }
}
