import type { ReportCommand, ReportModel } from '../../../../../shared/report/reportModel';
import { formatOptionalDuration, formatTime } from '../reportFormat';
import { escapeHtml } from './htmlEscape';
import { evidenceHtml } from './htmlEvidence';
import { htmlTable } from './htmlTable';
import { failedWords } from './statusBadge';

/** The appendix: every command run on the day, with its exit code and duration; unfinished ones marked. */
export function commandsHtml(model: ReportModel): string {
  const { commands } = model.commands;
  const open = '<section id="commands" class="major"><h2>Appendix: commands run</h2>';
  if (commands.length === 0) return `${open}<p>No command was run.</p></section>`;
  return [
    open,
    htmlTable(
      ['Started', 'Command', 'Exit code', 'Duration', 'Actor', 'Where', 'Evidence'],
      commands.map(commandRow),
      'commands',
    ),
    '</section>',
  ].join('');
}

function commandRow(command: ReportCommand): string[] {
  const runStep =
    command.runId === null
      ? ''
      : `<br>run ${escapeHtml(command.runId)}${command.stepId === null ? '' : `, step ${escapeHtml(command.stepId)}`}`;
  const cwd = command.cwd === null ? '' : ` in <code>${escapeHtml(command.cwd)}</code>`;
  return [
    formatTime(command.startedAtMs),
    `<code>${escapeHtml(command.command)}</code>`,
    command.unfinished
      ? failedWords('unfinished')
      : command.exitCode === null
        ? '—'
        : exitCode(command.exitCode),
    command.unfinished ? 'unfinished' : formatOptionalDuration(command.durationMs),
    escapeHtml(command.actor),
    `terminal ${escapeHtml(command.terminalId)}${cwd}${runStep}`,
    evidenceHtml(command.evidence),
  ];
}

/** A failing exit code stands out. */
function exitCode(code: number): string {
  return code === 0 ? '0' : failedWords(String(code));
}
