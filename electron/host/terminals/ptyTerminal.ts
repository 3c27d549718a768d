import { closeSync, constants, openSync } from 'node:fs';
import * as pty from 'node-pty';
import type { TerminalInfo, TerminalSize } from '../../../shared/terminalTypes';
import { FlowController } from './flowController';
import { OutputBatcher } from './outputBatcher';
import { ReplayBuffer } from './replayBuffer';
import { isProcessAlive, signalSession } from './sessionProcesses';
import { KILL_ESCALATION_MS, PAUSED_EXIT_POLL_MS } from './terminalConstants';

export interface PtyTerminalOptions extends TerminalSize {
  id: string;
  title: string;
  shell: string;
  args: string[];
  cwd: string;
  env: Record<string, string>;
  /** Sees the output before anyone else does; shell integration takes its marks out there. */
  outputFilter?: PtyOutputFilter;
}

/** Reads a terminal's output first and returns what the clients and the replay get of it. */
export interface PtyOutputFilter {
  filter(data: string): string;
  /** The process is gone: returns what was held back, to be delivered before the exit. */
  end(): string;
}

export interface PtyTerminalListener<ClientKey> {
  /** A batch of output for every attached client. */
  output(data: string, clients: ReadonlySet<ClientKey>): void;
  /** The process ended and every byte it wrote has been passed to output() before this. */
  exit(exitCode: number, signal: number | null, clients: ReadonlySet<ClientKey>): void;
}

/** One shell in a pty: batched output, flow control per attached client, replay, clean exit. */
export class PtyTerminal<ClientKey> {
  private readonly process: pty.IPty;
  private readonly clients = new Set<ClientKey>();
  private readonly replay = new ReplayBuffer();
  private readonly batcher: OutputBatcher;
  private readonly flow: FlowController<ClientKey>;
  private exitPoll: NodeJS.Timeout | undefined;
  private heldSlave: number | null;
  private killTimer: NodeJS.Timeout | undefined;
  private cols: number;
  private rows: number;
  private exitCode: number | null = null;
  private signal: number | null = null;
  private readonly createdAt = Date.now();

  constructor(
    private readonly options: PtyTerminalOptions,
    private readonly listener: PtyTerminalListener<ClientKey>,
  ) {
    this.cols = options.cols;
    this.rows = options.rows;
    this.process = pty.spawn(options.shell, options.args, {
      name: 'xterm-256color',
      cols: options.cols,
      rows: options.rows,
      cwd: options.cwd,
      env: options.env,
    });
    this.heldSlave = holdSlaveOpen(this.process);
    this.batcher = new OutputBatcher((data) => this.deliver(data));
    this.flow = new FlowController<ClientKey>(
      () => this.pauseReading(),
      () => this.resumeReading(),
    );
    this.process.onData((data) => this.received(data));
    this.process.onExit(({ exitCode, signal }) => this.ended(exitCode, signal ?? null));
  }

  get id(): string {
    return this.options.id;
  }

  get hasExited(): boolean {
    return this.exitCode !== null;
  }

  get info(): TerminalInfo {
    return {
      id: this.options.id,
      title: this.options.title,
      shell: this.options.shell,
      pid: this.process.pid,
      cols: this.cols,
      rows: this.rows,
      createdAt: this.createdAt,
      exitCode: this.exitCode,
      signal: this.signal,
    };
  }

  /**
   * Starts sending output to a client and returns what it missed. Only a client that
   * `holdsBack` counts for flow control: a read-only wall screen in a throttled background
   * tab must not slow the operator's shell.
   */
  attach(client: ClientKey, holdsBack: boolean): string {
    this.batcher.flush();
    this.clients.add(client);
    if (holdsBack) this.flow.addClient(client);
    return this.replay.contents();
  }

  detach(client: ClientKey): void {
    this.clients.delete(client);
    this.flow.removeClient(client);
  }

  acknowledge(client: ClientKey, chars: number): void {
    this.flow.acknowledged(client, chars);
  }

  write(data: string): void {
    if (!this.hasExited) this.process.write(data);
  }

  resize(size: TerminalSize): void {
    if (this.hasExited) return;
    this.cols = size.cols;
    this.rows = size.rows;
    this.process.resize(size.cols, size.rows);
  }

  /** Hangs up the shell and its jobs; whatever ignores that is killed outright a little later. */
  kill(): void {
    if (this.killTimer) return;
    // The shell leads its own session, so its pid is the session id.
    const session = this.process.pid;
    signalSession(session, 'SIGHUP');
    this.killTimer = setTimeout(() => signalSession(session, 'SIGKILL'), KILL_ESCALATION_MS);
    this.killTimer.unref();
  }

  /** For the host's own exit: no timers, the whole session is gone before we are. */
  killNow(): void {
    signalSession(this.process.pid, 'SIGKILL');
    // The exit event may never come now; what the filter reports must not wait for it.
    this.options.outputFilter?.end();
  }

  private received(data: string): void {
    const shown = this.options.outputFilter ? this.options.outputFilter.filter(data) : data;
    if (shown) this.batcher.push(shown);
  }

  private deliver(data: string): void {
    this.replay.append(data);
    this.listener.output(data, this.clients);
    this.flow.sent(data.length);
  }

  private pauseReading(): void {
    this.process.pause();
    this.exitPoll = setInterval(() => {
      if (!isProcessAlive(this.process.pid)) this.resumeReading();
    }, PAUSED_EXIT_POLL_MS);
  }

  private resumeReading(): void {
    if (this.exitPoll) clearInterval(this.exitPoll);
    this.exitPoll = undefined;
    this.process.resume();
  }

  private ended(exitCode: number, signal: number | null): void {
    this.resumeReading();
    if (this.heldSlave !== null) closeSync(this.heldSlave);
    this.heldSlave = null;
    const held = this.options.outputFilter?.end();
    if (held) this.batcher.push(held);
    this.batcher.flush();
    this.exitCode = exitCode;
    this.signal = signal === 0 ? null : signal;
    this.listener.exit(exitCode, this.signal, this.clients);
  }
}

/**
 * Keeps our own descriptor on the pty's slave side for the life of the process. Without it,
 * the child's exit hangs up the master and libuv reports end-of-file as soon as it sees the
 * hang-up after a short read, dropping output still queued in the kernel (node-pty #72, #726).
 * With it, the tail drains normally and node-pty ends the stream shortly after the exit.
 */
function holdSlaveOpen(process: pty.IPty): number | null {
  const slavePath = (process as unknown as { ptsName?: string }).ptsName;
  if (!slavePath) return null;
  try {
    return openSync(slavePath, constants.O_RDWR | constants.O_NOCTTY);
  } catch {
    return null;
  }
}
