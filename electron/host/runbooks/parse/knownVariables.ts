import type { Environment } from '../../../../shared/workspace/workspaceTypes';

/** Set by Warroom for every step (docs/runbooks.md, "Variables"). */
export const BUILT_IN_VARIABLES = ['WARROOM_ENVIRONMENT', 'PROMETHEUS_URL', 'SERVICE_URL'] as const;

/**
 * Variables a step's shell has from its own process, not from the runbook: POSIX and bash's
 * own, the login's, and the tools' configuration a runbook relies on from the operator's machine.
 */
export const PROCESS_VARIABLES = [
  // The login and the terminal.
  'HOME',
  'PATH',
  'USER',
  'LOGNAME',
  'SHELL',
  'PWD',
  'OLDPWD',
  'TMPDIR',
  'TERM',
  'HOSTNAME',
  'DISPLAY',
  'EDITOR',
  'VISUAL',
  'PAGER',
  'TZ',
  'LANG',
  'LANGUAGE',
  'COLUMNS',
  'LINES',
  // The shell's own.
  'RANDOM',
  'SECONDS',
  'LINENO',
  'UID',
  'EUID',
  'PPID',
  'IFS',
  'PS1',
  'PS2',
  'PS4',
  'OPTARG',
  'OPTIND',
  'REPLY',
  'PIPESTATUS',
  'HOSTTYPE',
  'OSTYPE',
  'MACHTYPE',
  'SHLVL',
  'EPOCHSECONDS',
  'EPOCHREALTIME',
  'FUNCNAME',
  'GROUPS',
  'DIRSTACK',
  'HISTFILE',
  'ZSH_VERSION',
  // Tools' configuration from the operator's machine.
  'KUBECONFIG',
  'DOCKER_HOST',
  'SSH_AUTH_SOCK',
  'XDG_CONFIG_HOME',
  'XDG_RUNTIME_DIR',
  'XDG_DATA_HOME',
  'XDG_CACHE_HOME',
  'HTTP_PROXY',
  'HTTPS_PROXY',
  'NO_PROXY',
  'CI',
] as const;

/** Families of process variables: BASH_VERSION, BASH_SOURCE, LC_ALL, LC_CTYPE… */
const PROCESS_VARIABLE_PREFIXES = ['BASH', 'LC_'] as const;

export function isProcessVariable(name: string): boolean {
  return (
    (PROCESS_VARIABLES as readonly string[]).includes(name) ||
    PROCESS_VARIABLE_PREFIXES.some((prefix) => name.startsWith(prefix))
  );
}

/** The variable a named step's output becomes: `pod-name` gives POD_NAME. */
export function outputVariableName(stepName: string): string {
  return stepName.toUpperCase().replace(/[-.]/g, '_');
}

/** Names every step of the runbook can use: its own variables, the environments', the built-ins. */
export function runbookWideNames(
  frontmatterNames: string[],
  environments: Environment[] | undefined,
): Set<string> {
  const names = new Set<string>([...frontmatterNames, ...BUILT_IN_VARIABLES]);
  for (const environment of environments ?? []) {
    for (const name of Object.keys(environment.variables)) names.add(name);
    for (const name of environment.secrets) names.add(name);
  }
  return names;
}
