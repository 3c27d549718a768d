import type { LoadPresetName } from '../sandboxTypes';

/** A workspace as loaded from warroom.yaml: what the host and the console work from. */

/** The rehearsal sandbox Warroom starts itself for this environment ("Start rehearsal"). */
export interface SandboxConfig {
  servicePort: number;
  prometheusPort: number;
  /** Alert `for` durations are divided by this, so a drill shows them firing. */
  rehearsalFactor: number;
  /** How long after a crash the service is restarted. */
  restartDelayMs: number;
  load: LoadPresetName;
  /** Use redis-server when it is installed. */
  useRedis: boolean;
}

/** How to authenticate to Prometheus; secrets are named here and prompted for, never stored in the file. */
export type PrometheusAuth =
  | { kind: 'bearer'; secret: string }
  | { kind: 'basic'; username: string; passwordSecret: string };

export interface PrometheusConfig {
  url: string;
  timeoutMs: number;
  auth: PrometheusAuth | null;
}

export interface K6Config {
  /** k6's --out json file; absolute once loaded (written relative to the workspace folder). */
  jsonOutput: string | null;
  /** host:port of k6's REST API. */
  address: string | null;
}

export interface HealthEndpoint {
  name: string;
  url: string;
}

export interface Environment {
  name: string;
  description: string | null;
  sandbox: SandboxConfig | null;
  prometheus: PrometheusConfig | null;
  k6: K6Config | null;
  health: HealthEndpoint[];
  /** Values runbooks substitute for $NAME; every value is a string. */
  variables: Record<string, string>;
  /** Names of the secrets runbooks may use; their values are prompted for. */
  secrets: string[];
}

/** warroom.yaml's content, validated; `defaultEnvironment` resolved. */
export interface WorkspaceConfig {
  name: string | null;
  defaultEnvironment: string;
  environments: Record<string, Environment>;
}

export interface Workspace extends WorkspaceConfig {
  /** The workspace folder, absolute. */
  dir: string;
  /** Its warroom.yaml, absolute. */
  file: string;
  /** The name the console header shows: `name` from the file, or the folder's name. */
  name: string;
}

/** One thing wrong with a workspace file; line and column are 1-based, 0 when it is about the whole file. */
export interface WorkspaceProblem {
  file: string;
  line: number;
  column: number;
  /** Where in the file's structure, dotted (`environments.sandbox.prometheus.url`); empty for the file itself. */
  path: string;
  message: string;
}

/** `file:line:column: path: message`, the form editors and terminals make clickable. */
export function formatProblem(problem: WorkspaceProblem): string {
  const position = problem.line > 0 ? `:${problem.line}:${problem.column}` : '';
  const where = problem.path ? `${problem.path}: ` : '';
  return `${problem.file}${position}: ${where}${problem.message}`;
}
