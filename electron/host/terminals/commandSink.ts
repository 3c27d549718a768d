/**
 * Where a terminal's shell commands go once shell integration has told where each begins and
 * ends: the journal records them as command events with their transcripts. Only bash terminals
 * report commands (see shellIntegrationLauncher.ts). Both calls come from the pty's output path,
 * so they must neither throw nor block.
 */
export interface CommandStart {
  terminalId: string;
  /**
   * The command line as the shell reported it: the whole line, from its history; for a line kept
   * out of history (a repeat, a leading space), its first command as bash prints it; empty when
   * neither is known (such a line that begins with a subshell).
   */
  command: string;
  /** The shell's working directory when the command started, when known. */
  cwd: string | null;
  startedAt: number;
}

export interface CommandFinish {
  terminalId: string;
  finishedAt: number;
  /** null when the shell could not report one: the terminal closed or ended mid-command (`exit` too). */
  exitCode: number | null;
  /**
   * The command's output as the pty produced it (ANSI codes included), capped: past the cap, its
   * head and tail around a line saying how much was left out (commandTranscript.ts).
   */
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
