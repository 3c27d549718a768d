import type { CommandHandle, CommandSink, CommandStart } from '../terminals/commandSink';
import type { Journal } from './journal';
import { appendToDay, recordCommandFinished } from './journalWrites';

/**
 * Records the shell commands typed in the console's terminals: a command.started event when
 * one begins, its transcript and a command.finished event when it ends.
 */
export function commandRecorder(journal: Journal, report: (error: unknown) => void): CommandSink {
  return {
    commandStarted(start: CommandStart): CommandHandle {
      const actor = journal.defaultActor();
      journal
        .write(
          appendToDay({
            kind: 'command.started',
            actor,
            subject: start.command,
            payload: { terminalId: start.terminalId, command: start.command, cwd: start.cwd },
          }),
        )
        .catch(report);
      return {
        finished(finish) {
          journal
            .write(
              recordCommandFinished(
                {
                  terminalId: start.terminalId,
                  command: start.command,
                  cwd: start.cwd,
                  startedAt: start.startedAt,
                  finishedAt: finish.finishedAt,
                  exitCode: finish.exitCode,
                  output: finish.output,
                  truncated: finish.truncated,
                },
                actor,
              ),
            )
            .catch(report);
        },
      };
    },
  };
}
