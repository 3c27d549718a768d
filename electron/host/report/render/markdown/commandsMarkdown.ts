import type { ReportCommand, ReportModel } from '../../../../../shared/report/reportModel';
import { formatOptionalDuration, formatTime } from '../reportFormat';
import { evidenceLinks } from './evidenceLinks';
import { cellText, codeCell } from './markdownEscape';
import { markdownTable } from './markdownTable';

/** The appendix: every command run on the day, with its exit code and duration; unfinished ones marked. */
export function commandsMarkdown(model: ReportModel): string {
  const { commands } = model.commands;
  const heading = '## Appendix: commands run';
  if (commands.length === 0) return [heading, 'No command was run.'].join('\n\n');
  return [
    heading,
    markdownTable(
      ['Started', 'Command', 'Exit code', 'Duration', 'Actor', 'Where', 'Evidence'],
      commands.map(commandRow),
    ),
  ].join('\n\n');
}

function commandRow(command: ReportCommand): string[] {
  const runStep =
    command.runId === null
      ? ''
      : `<br>run ${cellText(command.runId)}${command.stepId === null ? '' : `, step ${cellText(command.stepId)}`}`;
  return [
    formatTime(command.startedAtMs),
    codeCell(command.command),
    command.unfinished ? '**unfinished**' : command.exitCode === null ? '—' : exitCode(command.exitCode),
    command.unfinished ? 'unfinished' : formatOptionalDuration(command.durationMs),
    cellText(command.actor),
    `terminal ${cellText(command.terminalId)}${command.cwd === null ? '' : ` in ${codeCell(command.cwd)}`}${runStep}`,
    evidenceLinks(command.evidence),
  ];
}

/** A failing exit code stands out. */
function exitCode(code: number): string {
  return code === 0 ? '0' : `**${code}**`;
}
