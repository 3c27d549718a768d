import { type FSWatcher, watch } from 'node:fs';

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
      // A renamed folder reports only its own name: rescan for anything that is not another file type.
      if (filename !== null && /\.[A-Za-z0-9]+$/.test(filename) && !filename.endsWith('.md')) return;
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
