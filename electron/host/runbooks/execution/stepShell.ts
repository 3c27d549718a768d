import type { CommandStep } from '../../../../shared/runbookTypes';

/** The shells a fenced block's language runs in; Runme runs `sh` and `shell` blocks with bash too. */
const SHELL_OF_LANGUAGE: Readonly<Record<string, string>> = {
  sh: 'bash',
  bash: 'bash',
  shell: 'bash',
  zsh: 'zsh',
};

/** The command line that runs a step's script: the shell, and how its standard output is kept. */
export interface StepInvocation {
  file: string;
  args: string[];
}

/**
 * Runs `script` in the block's shell. When `stdoutFile` is given (a named step, whose output
 * later steps use), standard output also goes there through tee; pipefail keeps the script's
 * own exit code. Standard error stays on the terminal only.
 */
export function stepInvocation(
  step: Pick<CommandStep, 'language'>,
  script: string,
  stdoutFile: string | null,
): StepInvocation {
  const shell = SHELL_OF_LANGUAGE[step.language] ?? 'bash';
  if (stdoutFile === null) return { file: shell, args: ['-c', script] };
  return {
    file: 'bash',
    args: ['-c', 'set -o pipefail; "$1" -c "$2" | tee -- "$3"', 'warroom-step', shell, script, stdoutFile],
  };
}
