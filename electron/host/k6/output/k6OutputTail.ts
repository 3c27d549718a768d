import { type FileHandle, open, stat } from 'node:fs/promises';
import { isGzipPath, readK6OutputInto } from './k6OutputReplay';
import { type K6OutputCounts, type K6OutputHandler, K6OutputTally } from './k6OutputTally';

/**
 * How often the file is looked at. fs.watch misses appends on some filesystems (network mounts,
 * overlay, macOS coalescing), so the tail polls; 250 ms keeps panels live at a few stat calls a second.
 */
export const TAIL_POLL_MS = 250;

/** One read's worth of new bytes: the only buffer the tail keeps besides the unfinished last line. */
const READ_CHUNK_BYTES = 64 * 1024;

export type K6OutputRestart = 'truncated' | 'replaced';

export interface K6OutputTailOptions {
  onLine: K6OutputHandler;
  /** The file started over; everything handed over before belongs to the old content. */
  onRestart?: (reason: K6OutputRestart) => void;
  /** A read failed (other than the file not existing yet); the tail keeps polling. */
  onError?: (error: Error) => void;
  pollMs?: number;
}

export interface K6OutputTailStatus extends K6OutputCounts {
  restarts: number;
  /** Bytes of the current file read so far (for a .gz replay: 0). */
  offset: number;
}

interface OpenFile {
  handle: FileHandle;
  ino: number;
  dev: number;
}

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException).code === 'ENOENT';
}

/**
 * Follows a file `k6 run --out json=FILE` is writing: reads only the bytes added since the last
 * look, holds a partial last line until it is complete, and starts over from the beginning when
 * the file shrinks (truncated) or is another file under the same name (replaced). A `.gz` file
 * cannot be followed while written, so it is read once for replay. A file that does not exist
 * yet is waited for.
 */
export class K6OutputTail {
  private readonly tally: K6OutputTally;
  private readonly pollMs: number;
  private file: OpenFile | null = null;
  private offset = 0;
  private restarts = 0;
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;
  private current: Promise<void> = Promise.resolve();
  private markEnded: () => void = () => {};
  private readonly ended = new Promise<void>((resolve) => {
    this.markEnded = resolve;
  });
  private readonly buffer = Buffer.alloc(READ_CHUNK_BYTES);
  /** Cuts a .gz replay short on stop(). */
  private readonly replayAbort = new AbortController();

  private constructor(
    private readonly path: string,
    private readonly options: K6OutputTailOptions,
  ) {
    this.tally = new K6OutputTally(options.onLine);
    this.pollMs = options.pollMs ?? TAIL_POLL_MS;
  }

  static start(path: string, options: K6OutputTailOptions): K6OutputTail {
    const tail = new K6OutputTail(path, options);
    if (isGzipPath(path)) tail.current = tail.replayOnce();
    else tail.current = tail.poll();
    return tail;
  }

  get status(): K6OutputTailStatus {
    return {
      ...this.tally.counts,
      firstMalformed: [...this.tally.counts.firstMalformed],
      restarts: this.restarts,
      offset: this.offset,
    };
  }

  /** Resolves once a .gz replay has ended; for a followed file, once stop() or finish() has. */
  done(): Promise<void> {
    return this.ended;
  }

  /** Stops following; a partial last line is dropped (its writer may not have finished it). */
  async stop(): Promise<void> {
    this.halt();
    await this.current;
    await this.closeFile();
    this.markEnded();
  }

  /**
   * The writer has finished (k6 exited): reads what is left, hands over a last line that lacks
   * its newline, and stops.
   */
  async finish(): Promise<void> {
    this.halt();
    await this.current;
    if (!isGzipPath(this.path)) {
      await this.look();
      this.tally.end();
    }
    await this.closeFile();
    this.markEnded();
  }

  private halt(): void {
    this.stopped = true;
    this.replayAbort.abort();
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private async replayOnce(): Promise<void> {
    try {
      await readK6OutputInto(this.path, this.tally, this.replayAbort.signal);
    } catch (error) {
      if (!this.replayAbort.signal.aborted) this.options.onError?.(error as Error);
    }
    this.stopped = true;
    this.markEnded();
  }

  private async poll(): Promise<void> {
    await this.look();
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.current = this.poll();
    }, this.pollMs);
  }

  private async look(): Promise<void> {
    try {
      const file = await this.currentFile();
      if (file !== null) await this.readNewBytes(file);
    } catch (error) {
      this.options.onError?.(error as Error);
    }
  }

  /** The file to read from now, having noticed a truncation or a replacement since the last look. */
  private async currentFile(): Promise<OpenFile | null> {
    let onDisk: Awaited<ReturnType<typeof stat>>;
    try {
      onDisk = await stat(this.path);
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
    if (this.file !== null && (onDisk.ino !== this.file.ino || onDisk.dev !== this.file.dev)) {
      await this.closeFile();
      this.startOver('replaced');
    }
    if (this.file === null) {
      const handle = await open(this.path, 'r');
      const opened = await handle.stat();
      this.file = { handle, ino: opened.ino, dev: opened.dev };
    }
    const size = (await this.file.handle.stat()).size;
    if (size < this.offset) this.startOver('truncated');
    return this.file;
  }

  private startOver(reason: 'truncated' | 'replaced'): void {
    // Nothing was read from the file yet: there is nothing to take back.
    if (this.offset === 0) return;
    this.offset = 0;
    this.restarts++;
    this.tally.restart();
    this.options.onRestart?.(reason);
  }

  /** Reads up to the size seen now; bytes appended meanwhile wait for the next look. */
  private async readNewBytes(file: OpenFile): Promise<void> {
    const size = (await file.handle.stat()).size;
    while (this.offset < size) {
      const wanted = Math.min(READ_CHUNK_BYTES, size - this.offset);
      const { bytesRead } = await file.handle.read(this.buffer, 0, wanted, this.offset);
      if (bytesRead === 0) return;
      this.offset += bytesRead;
      // The splitter copies an unfinished line aside, so the shared buffer can be reused.
      this.tally.push(this.buffer.subarray(0, bytesRead));
    }
  }

  private async closeFile(): Promise<void> {
    const file = this.file;
    this.file = null;
    if (file !== null) await file.handle.close();
  }
}
