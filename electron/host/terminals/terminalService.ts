import { ApiError } from '../../../shared/apiErrors';
import type { TerminalInfo, TerminalSize } from '../../../shared/terminalTypes';
import type { SessionContext } from '../sessionContext';
import type { CommandSink } from './commandSink';
import { PtyTerminal } from './ptyTerminal';
import { ShellIntegrationLauncher } from './shellIntegrationLauncher';
import { MAX_KEPT_STEP_TERMINALS, MAX_TERMINALS, STEP_TERMINAL_SIZE } from './terminalConstants';

export interface TerminalServiceOptions {
  /** Working directory of new shells: the workspace. */
  cwd: string;
  /** The shell to start; defaults to $SHELL, then /bin/sh. */
  shell?: string;
  /** Called with the whole list whenever a terminal is created, resized, ends or closes. */
  changed(terminals: TerminalInfo[]): void;
  /** Where the commands run in bash terminals are reported; without it, shells start as they are. */
  commands?: CommandSink;
}

interface Entry {
  terminal: PtyTerminal<SessionContext>;
  ownerClientId: string | null;
  /** Started by a runbook step: owned by the host, closed by it once enough newer ones have ended. */
  step: boolean;
}

/** A runbook step's command: what runs, and where its output and end are reported. */
export interface StepProcessRequest {
  title: string;
  file: string;
  args: string[];
  cwd: string;
  env: Record<string, string>;
  /** Every batch of output, after the attached clients have been sent it. */
  output(data: string): void;
  /** The process ended; all its output was reported before. */
  exit(exitCode: number, signal: number | null): void;
}

/** The step's pty as its runner holds it. */
export interface StepProcess {
  readonly info: TerminalInfo;
  /** Hangs up its whole session, then kills what is left (see PtyTerminal.kill). */
  kill(): void;
  write(data: string): void;
}

/** Every terminal of the host: creation, attachment, input, flow control and cleanup. */
export class TerminalService {
  private readonly entries = new Map<string, Entry>();
  private nextId = 1;
  private readonly shellIntegration: ShellIntegrationLauncher | null;

  constructor(private readonly options: TerminalServiceOptions) {
    this.shellIntegration = options.commands ? new ShellIntegrationLauncher(options.commands) : null;
  }

  list(): TerminalInfo[] {
    return [...this.entries.values()].map((entry) => entry.terminal.info);
  }

  create(owner: SessionContext, request: TerminalSize & { title?: string }): TerminalInfo {
    if (this.entries.size >= MAX_TERMINALS) {
      throw new ApiError('unavailable', `at most ${MAX_TERMINALS} terminals can be open at once`);
    }
    const id = `t${this.nextId++}`;
    const shell = this.options.shell ?? process.env.SHELL ?? '/bin/sh';
    const integrated = this.shellIntegration?.launch(shell, id);
    const terminal = new PtyTerminal<SessionContext>(
      {
        id,
        title: request.title ?? `${shellName(shell)} ${id.slice(1)}`,
        shell,
        args: integrated?.args ?? [],
        cwd: this.options.cwd,
        env: { ...terminalEnvironment(), ...integrated?.env },
        cols: request.cols,
        rows: request.rows,
        outputFilter: integrated?.integration,
      },
      {
        output: (data, clients) => {
          for (const client of clients) client.sink.send('terminals.data', { id, data });
        },
        exit: (exitCode, signal, clients) => {
          for (const client of clients) client.sink.send('terminals.exit', { id, exitCode, signal });
          this.announce();
        },
      },
    );
    this.entries.set(id, { terminal, ownerClientId: owner.clientId, step: false });
    this.announce();
    return terminal.info;
  }

  /** Runs a step's command in a pty of its own, listed in the Terminals view like the others. */
  spawnStep(request: StepProcessRequest): StepProcess {
    this.closeOldStepTerminals();
    if (this.entries.size >= MAX_TERMINALS) {
      throw new ApiError('unavailable', `at most ${MAX_TERMINALS} terminals can be open at once`);
    }
    const id = `t${this.nextId++}`;
    const terminal = new PtyTerminal<SessionContext>(
      {
        id,
        title: request.title,
        shell: request.file,
        args: request.args,
        cwd: request.cwd,
        env: { ...terminalEnvironment(), ...request.env },
        ...STEP_TERMINAL_SIZE,
      },
      {
        output: (data, clients) => {
          for (const client of clients) client.sink.send('terminals.data', { id, data });
          request.output(data);
        },
        exit: (exitCode, signal, clients) => {
          for (const client of clients) client.sink.send('terminals.exit', { id, exitCode, signal });
          request.exit(exitCode, signal);
          this.announce();
        },
      },
    );
    this.entries.set(id, { terminal, ownerClientId: null, step: true });
    this.announce();
    return {
      get info() {
        return terminal.info;
      },
      kill: () => terminal.kill(),
      write: (data) => terminal.write(data),
    };
  }

  attach(session: SessionContext, id: string): { info: TerminalInfo; replay: string } {
    const terminal = this.get(id);
    const replay = terminal.attach(session, session.role === 'operator');
    return { info: terminal.info, replay };
  }

  detach(session: SessionContext, id: string): void {
    this.get(id).detach(session);
  }

  write(id: string, data: string): void {
    this.get(id).write(data);
  }

  resize(id: string, size: TerminalSize): void {
    const terminal = this.get(id);
    if (terminal.info.cols === size.cols && terminal.info.rows === size.rows) return;
    terminal.resize(size);
    this.announce();
  }

  acknowledge(session: SessionContext, id: string, chars: number): void {
    this.entries.get(id)?.terminal.acknowledge(session, chars);
  }

  /** Kills the terminal's process and forgets it; its tab is gone. */
  close(id: string): void {
    const terminal = this.get(id);
    terminal.kill();
    this.entries.delete(id);
    this.announce();
  }

  /** A connection ended: it no longer receives output or holds back the pty. */
  sessionClosed(session: SessionContext): void {
    for (const { terminal } of this.entries.values()) terminal.detach(session);
  }

  /** The client has been gone past its grace period: its terminals go with it. */
  clientGone(clientId: string): void {
    const owned = [...this.entries.entries()].filter(([, e]) => e.ownerClientId === clientId);
    for (const [id, entry] of owned) {
      entry.terminal.kill();
      this.entries.delete(id);
    }
    if (owned.length > 0) this.announce();
  }

  dispose(): void {
    for (const { terminal } of this.entries.values()) terminal.killNow();
    this.entries.clear();
    this.shellIntegration?.dispose();
  }

  /** Ended step terminals stay to be read, the newest MAX_KEPT_STEP_TERMINALS of them. */
  private closeOldStepTerminals(): void {
    const ended = [...this.entries.entries()].filter(([, e]) => e.step && e.terminal.hasExited);
    for (const [id] of ended.slice(0, Math.max(0, ended.length - MAX_KEPT_STEP_TERMINALS + 1))) {
      this.entries.delete(id);
    }
  }

  private get(id: string): PtyTerminal<SessionContext> {
    const entry = this.entries.get(id);
    if (!entry) throw new ApiError('not_found', `no terminal ${id}`);
    return entry.terminal;
  }

  private announce(): void {
    this.options.changed(this.list());
  }
}

function shellName(shell: string): string {
  return shell.split('/').pop() || shell;
}

function terminalEnvironment(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined) env[key] = value;
  }
  env.TERM = 'xterm-256color';
  env.COLORTERM = 'truecolor';
  env.TERM_PROGRAM = 'warroom';
  return env;
}
