import type { CommandHandle, CommandSink } from './commandSink';
import { CommandTranscript } from './commandTranscript';
import type { ShellMark } from './shellMarks';

interface OpenCommand {
  startedAt: number;
  cwd: string | null;
  transcript: CommandTranscript;
  /** Null until the sink has heard of it: a line missing from history waits for its text. */
  handle: CommandHandle | null;
}

/**
 * Turns one terminal's marks into the commands its shell ran: each starts at `executed`, gathers
 * the output up to `finished`, and goes to the sink with its exit code and transcript.
 */
export class CommandTracker {
  private cwd: string | null = null;
  private open: OpenCommand | null = null;

  constructor(
    private readonly terminalId: string,
    private readonly sink: CommandSink,
    private readonly now: () => number = Date.now,
  ) {}

  output(text: string): void {
    if (!this.open) return;
    // A nameless line's text comes before its first output, or not at all (it began with a subshell).
    this.announce(this.open, '');
    this.open.transcript.append(text);
  }

  mark(mark: ShellMark): void {
    switch (mark.type) {
      case 'executed':
        // A shell that lost its prompt hook never says the previous one ended.
        this.finish(null);
        this.open = {
          startedAt: this.now(),
          cwd: this.cwd,
          transcript: new CommandTranscript(),
          handle: null,
        };
        if (mark.command !== null) this.announce(this.open, mark.command);
        break;
      case 'commandLine':
        if (this.open) this.announce(this.open, mark.command);
        break;
      case 'finished':
        this.finish(mark.exitCode);
        break;
      case 'cwd':
        this.cwd = mark.cwd;
        break;
    }
  }

  /** The terminal's process is gone: a command still running ends without an exit code. */
  terminalEnded(): void {
    this.finish(null);
  }

  private announce(open: OpenCommand, command: string): CommandHandle {
    open.handle ??= this.sink.commandStarted({
      terminalId: this.terminalId,
      command,
      cwd: open.cwd,
      startedAt: open.startedAt,
    });
    return open.handle;
  }

  private finish(exitCode: number | null): void {
    const open = this.open;
    if (!open) return;
    this.open = null;
    this.announce(open, '').finished({
      terminalId: this.terminalId,
      finishedAt: this.now(),
      exitCode,
      output: open.transcript.text(),
      truncated: open.transcript.truncated,
    });
  }
}
