/**
 * Where a terminal's shell commands go once shell integration has told where each begins and
 * ends: the journal records them as command events with their transcripts.
 */
export interface CommandStart {
  terminalId: string;
  /** The command line as the shell reported it. */
  command: string;
  /** The shell's working directory when the command started, when known. */
  cwd: string | null;
  startedAt: number;
}

export interface CommandFinish {
  terminalId: string;
  finishedAt: number;
  /** null when the shell could not report one (the terminal closed mid-command). */
  exitCode: number | null;
  /** The command's output as the pty produced it (ANSI codes included), capped. */
  output: string;
  /** Whether output was cut off at the cap. */
  truncated: boolean;
}

export interface CommandSink {
  /** Returns a handle the matching finish is reported with. */
  commandStarted(start: CommandStart): CommandHandle;
}

export interface CommandHandle {
  finished(finish: CommandFinish): void;
}
