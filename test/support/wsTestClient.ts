import WebSocket from 'ws';
import type { EventName, EventPayload, MethodName, MethodParams, MethodResult } from '../../shared/api';
import { ApiError } from '../../shared/apiErrors';

type Frame = {
  t: string;
  id?: number;
  ok?: boolean;
  result?: unknown;
  error?: { code: string; message: string };
  name?: string;
  payload?: unknown;
};

/** A real WebSocket client of serve mode for tests, acknowledging output like the renderer does. */
export class WsTestClient {
  private nextId = 1;
  private readonly pending = new Map<number, (frame: Frame) => void>();
  private readonly listeners = new Set<(frame: Frame) => void>();
  readonly frames: Frame[] = [];

  private constructor(readonly socket: WebSocket) {
    socket.on('message', (data) => {
      const frame = JSON.parse(data.toString()) as Frame;
      this.frames.push(frame);
      if (frame.t === 'result' && frame.id !== undefined) {
        this.pending.get(frame.id)?.(frame);
        this.pending.delete(frame.id);
      }
      for (const listener of this.listeners) listener(frame);
    });
  }

  /** Opens a socket; rejects with the HTTP status when the upgrade is refused. */
  static connect(url: string, headers: Record<string, string> = {}): Promise<WsTestClient> {
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(url, { headers });
      socket.once('open', () => resolve(new WsTestClient(socket)));
      socket.once('unexpected-response', (_request, response) =>
        reject(new Error(`HTTP ${response.statusCode}`)),
      );
      socket.once('error', reject);
    });
  }

  /** Connects and introduces itself, as the renderer does. */
  static async session(url: string, clientId = 'test-client-0001'): Promise<WsTestClient> {
    const client = await WsTestClient.connect(url);
    await client.call('session.hello', { clientId });
    return client;
  }

  sendRaw(text: string): void {
    this.socket.send(text);
  }

  nextFrame(predicate: (frame: Frame) => boolean, timeoutMs = 5_000): Promise<Frame> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.listeners.delete(listener);
        reject(new Error('timed out waiting for a frame'));
      }, timeoutMs);
      const listener = (frame: Frame) => {
        if (!predicate(frame)) return;
        clearTimeout(timer);
        this.listeners.delete(listener);
        resolve(frame);
      };
      this.listeners.add(listener);
    });
  }

  async call<M extends MethodName>(method: M, params: MethodParams<M>): Promise<MethodResult<M>> {
    const id = this.nextId++;
    const reply = new Promise<Frame>((resolve) => this.pending.set(id, resolve));
    this.socket.send(JSON.stringify({ t: 'call', id, method, params }));
    const frame = await reply;
    if (frame.ok) return frame.result as MethodResult<M>;
    throw new ApiError((frame.error?.code ?? 'internal') as never, frame.error?.message ?? '');
  }

  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
    const wrapped = (frame: Frame) => {
      if (frame.t === 'event' && frame.name === event) listener(frame.payload as EventPayload<E>);
    };
    this.listeners.add(wrapped);
    return () => this.listeners.delete(wrapped);
  }

  /** Opens a terminal and attaches to it; `output()` is everything it has printed so far. */
  async openTerminal(): Promise<{ id: string; pid: number; output(): string }> {
    const terminal = await this.call('terminals.create', { cols: 80, rows: 24 });
    let output = '';
    this.on('terminals.data', (event) => {
      if (event.id === terminal.id) output += event.data;
    });
    // Live data comes after the attach's answer; the replay is what came before it.
    output = (await this.call('terminals.attach', { id: terminal.id })).replay + output;
    return { id: terminal.id, pid: terminal.pid, output: () => output };
  }

  /**
   * Attaches to a terminal and gathers its whole output until it exits, acknowledging
   * every `ackEvery` characters (or never, with Infinity). A terminal that ended before the
   * attach sends no exit event: its exit code comes with the attach's answer, its output in
   * the replay.
   */
  async collectUntilExit(
    id: string,
    ackEvery = 5_000,
    timeoutMs = 20_000,
  ): Promise<{ output: string; exitCode: number }> {
    let output = '';
    let unacked = 0;
    let exited: (exitCode: number) => void = () => undefined;
    const done = new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`terminal ${id} did not exit in time`)), timeoutMs);
      exited = (exitCode) => {
        clearTimeout(timer);
        offData();
        offExit();
        resolve(exitCode);
      };
      const offData = this.on('terminals.data', (event) => {
        if (event.id !== id) return;
        output += event.data;
        unacked += event.data.length;
        if (unacked >= ackEvery) {
          void this.call('terminals.ack', { id, chars: unacked });
          unacked = 0;
        }
      });
      const offExit = this.on('terminals.exit', (event) => {
        if (event.id === id) exited(event.exitCode);
      });
    });
    const { info, replay } = await this.call('terminals.attach', { id });
    output = replay + output;
    if (info.exitCode !== null) exited(info.exitCode);
    const exitCode = await done;
    return { output, exitCode };
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      if (this.socket.readyState === WebSocket.CLOSED) return resolve();
      this.socket.once('close', () => resolve());
      this.socket.close();
    });
  }
}
