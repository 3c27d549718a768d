import type { CommandSink } from './commandSink';
import { CommandTracker } from './commandTracker';
import type { PtyOutputFilter } from './ptyTerminal';
import { ShellMarkParser } from './shellMarkParser';
import { decodeShellMark } from './shellMarks';

/**
 * One terminal's shell integration, on its output path: finds the shell's marks and reports the
 * commands they delimit. Marks are taken out of the output, so the screen, the replay and the
 * transcripts hold only what the shell printed for the user.
 */
export class ShellIntegration implements PtyOutputFilter {
  private readonly parser: ShellMarkParser;
  private readonly tracker: CommandTracker;

  constructor(nonce: string, terminalId: string, sink: CommandSink) {
    this.parser = new ShellMarkParser(nonce);
    this.tracker = new CommandTracker(terminalId, sink);
  }

  filter(data: string): string {
    let shown = '';
    for (const part of this.parser.take(data)) {
      if ('output' in part) {
        this.tracker.output(part.output);
        shown += part.output;
      } else {
        const mark = decodeShellMark(part.mark);
        if (mark) this.tracker.mark(mark);
      }
    }
    return shown;
  }

  end(): string {
    const rest = this.parser.end();
    if (rest) this.tracker.output(rest);
    this.tracker.terminalEnded();
    return rest;
  }
}
