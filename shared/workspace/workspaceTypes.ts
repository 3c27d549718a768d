import type { K6PanelMetric } from '../k6/k6PanelMetrics';
import type { K6ThresholdSource } from '../k6/k6Types';
import type { LoadPresetName } from '../sandboxTypes';
import type { TargetSpec } from '../targetTypes';
import type { PanelType, PanelUnit } from './panelVocabulary';

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
  /**
   * Thresholds by metric key (`http_req_duration{expected_response:true}`), as k6's options take
   * them; judged besides those the output's Metric lines carry.
   */
  thresholds: Record<string, K6ThresholdSource[]>;
  /** How k6's Prometheus remote write is configured, for k6 panels with source: prometheus. */
  remoteWrite: K6RemoteWrite;
}

export interface K6RemoteWrite {
  /** K6_PROMETHEUS_RW_TREND_STATS: the trend series k6 writes (`k6_http_req_duration_p99`). */
  trendStats: string[];
  /** K6_PROMETHEUS_RW_TREND_AS_NATIVE_HISTOGRAM: trends as native histograms instead. */
  nativeHistograms: boolean;
}

/** A k6 panel: which of k6's views it draws (K6_PANELS), and where from. */
export interface K6PanelSpec {
  metric: K6PanelMetric;
  source: 'json' | 'prometheus';
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

/** One line of a chart: a PromQL expression, how its series are named, and what it must meet. */
export interface PanelQuery {
  expr: string;
  /** Grafana-style `{{label}}` template naming each series; null: the series' labels. */
  legend: string | null;
  target: TargetSpec | null;
}

export interface Panel {
  /** Unique in the dashboard; sign-off criteria, the journal and snapshots name the panel by it. */
  id: string;
  title: string;
  type: PanelType;
  unit: PanelUnit;
  /** null: as many as the value needs. */
  decimals: number | null;
  refreshMs: number;
  /** Empty for alerts, health and k6 panels. */
  queries: PanelQuery[];
  /** What a k6 panel draws; null for the other types. */
  k6: K6PanelSpec | null;
  /** The title of the row it is in. */
  row: string;
}

export interface DashboardRow {
  title: string;
  panels: Panel[];
}

export interface Dashboard {
  title: string;
  refreshMs: number;
  rows: DashboardRow[];
  /** Every row's panels, in order. */
  panels: Panel[];
}

/**
 * A go-live criterion. With a panel, it holds when every target of that panel held over the test
 * window; without one, a person judges it.
 */
export interface SignoffCriterion {
  name: string;
  description: string | null;
  /** The id of a dashboard panel, or null. */
  panel: string | null;
}

/** warroom.yaml's content, validated; `defaultEnvironment` resolved. */
export interface WorkspaceConfig {
  name: string | null;
  defaultEnvironment: string;
  environments: Record<string, Environment>;
  /** null when the file has no dashboard section. */
  dashboard: Dashboard | null;
  /** Empty when the file has no signoff section. */
  signoff: SignoffCriterion[];
  runbooks: RunbooksSettings;
}

export interface RunbooksSettings {
  /** Words and phrases that make a command ask before it runs (see DEFAULT_DENY_LIST). */
  denyList: string[];
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
