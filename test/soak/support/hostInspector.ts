import WebSocket from 'ws';

/** How long Node takes to open its inspector once signalled; it prints the address at once. */
const INSPECTOR_OPEN_MS = 10_000;

/** A full collection of a heap of a few hundred MiB takes well under this. */
const COLLECT_TIMEOUT_MS = 30_000;

/**
 * The serve process's own inspector, opened by SIGUSR1 (the process was started with
 * `--inspect-port=0` in NODE_OPTIONS, so it listens on a free loopback port): the one way to run
 * a full garbage collection in it before reading its RSS, as CDP does for the page.
 */
export class HostInspector {
  private nextId = 1;

  private constructor(private readonly socket: WebSocket) {}

  /** Signals `pid` to open its inspector and connects to the address it prints into `output()`. */
  static async open(pid: number, output: () => string): Promise<HostInspector> {
    process.kill(pid, 'SIGUSR1');
    const deadline = Date.now() + INSPECTOR_OPEN_MS;
    let url: string | undefined;
    while (!url && Date.now() < deadline) {
      url = /Debugger listening on (ws:\/\/\S+)/.exec(output())?.[1];
      if (!url) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    if (!url) throw new Error(`serve (pid ${pid}) opened no inspector:\n${output()}`);
    const socket = new WebSocket(url);
    await new Promise((resolve, reject) => {
      socket.once('open', resolve);
      socket.once('error', reject);
    });
    return new HostInspector(socket);
  }

  /** A full garbage collection, the same the DevTools' bin button runs. */
  collectGarbage(): Promise<void> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error('the serve process did not collect in time')),
        COLLECT_TIMEOUT_MS,
      );
      const onMessage = (data: WebSocket.RawData) => {
        if ((JSON.parse(data.toString()) as { id?: number }).id !== id) return;
        clearTimeout(timer);
        this.socket.off('message', onMessage);
        resolve();
      };
      this.socket.on('message', onMessage);
      this.socket.send(JSON.stringify({ id, method: 'HeapProfiler.collectGarbage' }));
    });
  }

  close(): void {
    this.socket.close();
  }
}
