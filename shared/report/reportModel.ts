import type { Decision, EventKind, IssueStatus, Severity } from '../journalTypes';
import type { RunStatus, StepRunStatus } from '../runbookRunTypes';
import type { TargetComparator } from '../targetTypes';
import type { ChartsSection } from './reportCharts';
import type { K6Section } from './reportK6';

/**
 * The post-test report as data: computed from one test day's journal by a pure function and
 * rendered (Markdown, HTML, PDF) from nothing else. Plain JSON. Times are milliseconds since the
 * epoch (`…AtMs`), durations milliseconds (`…Ms`); every derived claim carries `evidence`, the
 * seqs of the journal events it rests on. A figure that cannot be known is null ("no data"),
 * never 0 and never "passed".
 */

/** Journal event seqs a claim rests on, in order. */
export type Evidence = number[];

export interface ReportModel {
  formatVersion: 1;
  /** The moment the report describes the day as of: when the journal was exported (ms). */
  asOfMs: number;
  summary: SummarySection;
  signoff: SignoffSection;
  targets: TargetsSection;
  k6: K6Section;
  issues: IssuesSection;
  runbookRuns: RunbookRunsSection;
  timeline: TimelineSection;
  commands: CommandsAppendix;
  /** Before/after against a previous day; null when none was given. */
  compare: CompareSection | null;
  /** What the HTML report draws: each target panel over the day and each snapshot's panels. */
  charts: ChartsSection;
}

// ---- Summary -------------------------------------------------------------------------------

export interface SummarySection {
  dayId: number;
  dayName: string;
  environment: string;
  operators: string[];
  startedAtMs: number;
  /** null while the day is still being recorded. */
  endedAtMs: number | null;
  /** From the start to the end, or to `asOfMs` while the day is still open. */
  durationMs: number;
  ongoing: boolean;
  /** The latest go/no-go recorded by a person; null when none yet. */
  decision: RecordedDecision | null;
  counts: SummaryCounts;
  /** The most virtual users any record of the day gives; null: no data. */
  peakLoad: PeakLoad | null;
}

export interface RecordedDecision {
  decision: Decision;
  reason: string;
  by: string;
  atMs: number;
  evidence: Evidence;
}

export interface SummaryCounts {
  events: number;
  /** Commands started or finished (one per command, see the appendix). */
  commands: number;
  /** Finished commands whose exit code was not 0. */
  failedCommands: number;
  failedCommandEvidence: Evidence;
  snapshots: number;
  /** One entry per severity, SEV1 first, including those with no issue. */
  issuesBySeverity: Array<{ severity: Severity; count: number }>;
}

export interface PeakLoad {
  /** Virtual users (k6 VUs or the sandbox's load generator's users). */
  virtualUsers: number;
  /** Which record gave it: `k6.summary vus_max`, `k6.summary vus`, `load.started`, `load.finished`. */
  source: string;
  evidence: Evidence;
}

// ---- Sign-off ------------------------------------------------------------------------------

/**
 * passed: the data shows it held; failed: the data shows it did not; no-data: nothing recorded
 * can tell (never counted as passed); needs-judgement: a person must decide.
 */
export type CriterionStatus = 'passed' | 'failed' | 'no-data' | 'needs-judgement';

export type BuiltInCriterionId =
  | 'no-critical-alert'
  | 'k6-thresholds'
  | 'drills-recovered'
  | 'p95-under-target';

export interface SignoffSection {
  /** go only when every criterion passed (or was overridden); else no-go. */
  verdict: 'go' | 'no-go';
  /** One line: why the verdict is what it is, naming the criteria that did not pass. */
  verdictReason: string;
  /** The names of the criteria that neither passed nor were overridden. */
  notPassed: string[];
  criteria: CriterionResult[];
}

export interface CriterionResult {
  /** A built-in id, or `workspace:<name>` for the workspace's own. */
  id: BuiltInCriterionId | `workspace:${string}`;
  name: string;
  description: string | null;
  origin: 'built-in' | 'workspace';
  /** The dashboard panel it is judged on, when it is. */
  panelId: string | null;
  status: CriterionStatus;
  reason: string;
  evidence: Evidence;
  /** A person's recorded override; it makes the criterion count as passed, shown as overridden. */
  override: CriterionOverride | null;
}

export interface CriterionOverride {
  by: string;
  reason: string;
  atMs: number;
  eventSeq: number;
}

// ---- Target vs achieved ----------------------------------------------------------------------

export interface TargetsSection {
  rows: TargetRow[];
}

/** One panel query's target: what it asked, its breaches, and what the snapshots show it achieved. */
export interface TargetRow {
  panelId: string;
  panelTitle: string;
  queryIndex: number;
  legend: string | null;
  expr: string | null;
  /** The panel's unit (`ms`, `percent`, …); null when the dashboard was not given. */
  unit: string | null;
  comparator: TargetComparator;
  /** The target value, in the panel's unit. */
  targetValue: number;
  /** How long a miss must last before it counts as a breach. */
  forMs: number;
  /** failed: breached at least once; passed: never breached and snapshots show data; else no-data. */
  status: 'passed' | 'failed' | 'no-data';
  breaches: TargetBreach[];
  achieved: AchievedFigures | null;
}

/** One breach, from its threshold.breached event to its threshold.recovered (if any). */
export interface TargetBreach {
  breachedAtMs: number;
  /** When the series first missed the target (the start of the `for` wait). */
  missingSinceMs: number | null;
  /** The worst value when the breach was declared, in the panel's unit. */
  valueAtBreach: number | null;
  recoveredAtMs: number | null;
  /** The worst value while breached, as the recovery recorded it; null while unrecovered. */
  worstValue: number | null;
  /** From the first miss to the recovery; null while unrecovered. */
  lastedMs: number | null;
  evidence: Evidence;
}

/**
 * What the query's series achieved, from the points of the snapshots taken during the day (a
 * snapshot freezes each panel's last quarter hour; overlapping points are counted once). Only
 * as complete as the snapshots: between them nothing is known.
 */
export interface AchievedFigures {
  snapshotCount: number;
  snapshotIds: number[];
  /** The first and last point's time. */
  windowStartMs: number;
  windowEndMs: number;
  pointCount: number;
  /** The value furthest on the wrong side of the target (the highest for `<`, lowest for `>`). */
  worst: number;
  /** The highest value. */
  peak: number;
  /** 95th percentile of the points (nearest rank). */
  p95: number;
  /** The snapshot.taken events. */
  evidence: Evidence;
}

// ---- Issues --------------------------------------------------------------------------------

export interface IssuesSection {
  /** Only the severities that have issues, SEV1 first. */
  bySeverity: Array<{ severity: Severity; meaning: string; issues: ReportIssue[] }>;
}

export interface ReportIssue {
  id: number;
  title: string;
  severity: Severity;
  status: IssueStatus;
  owner: string | null;
  openedBy: string;
  openedAtMs: number;
  /** When it was (last) resolved; null when it is not resolved. */
  resolvedAtMs: number | null;
  /** What the resolving event said (its comment); null when none. */
  resolution: string | null;
  description: string;
  actionItems: Array<{ text: string; owner: string | null; due: string | null }>;
  snapshotIds: number[];
  /** Its history and linked events, in order. */
  events: Array<{ seq: number; atMs: number; kind: EventKind; actor: string; subject: string }>;
  evidence: Evidence;
}

// ---- Runbook runs --------------------------------------------------------------------------

export interface RunbookRunsSection {
  runs: ReportRun[];
}

export interface ReportRun {
  runId: string;
  runbookId: string;
  title: string;
  /** checklist, quickfix or drill; null when the runbook does not say. */
  kind: string | null;
  scope: 'all' | 'step';
  environment: string;
  startedBy: string;
  startedAtMs: number;
  finishedAtMs: number | null;
  durationMs: number | null;
  /** unfinished: no runbook.finished was recorded. */
  outcome: RunStatus | 'unfinished';
  reason: string | null;
  steps: ReportRunStep[];
  /** For a drill: whether it recovered within its deadline; null for other kinds. */
  recovery: DrillRecovery | null;
  evidence: Evidence;
}

export interface ReportRunStep {
  stepId: string;
  title: string;
  /** command, probe or check; null when only the run's finish names the step. */
  type: string | null;
  /** `not-recorded`: the run lists the step but no result of it was journaled. */
  status: StepRunStatus | 'not-recorded';
  rollback: boolean;
  attempts: number | null;
  exitCode: number | null;
  durationMs: number | null;
  message: string | null;
  evidence: Evidence;
}

/**
 * recovered: the run passed and no `once` probe missed its deadline; missed: a `once` probe failed
 * or the run failed, stopped or was interrupted; unfinished: the run has no end recorded;
 * no-deadline: the run passed but journaled no `once` probe, so no deadline was checked.
 */
export interface DrillRecovery {
  verdict: 'recovered' | 'missed' | 'unfinished' | 'no-deadline';
  /** The deadline of the last `once` probe (the recovery check); null when it has none. */
  deadlineMs: number | null;
  /** How long that probe took to pass; null when it did not. */
  recoveredInMs: number | null;
  reason: string;
  evidence: Evidence;
}

// ---- Timeline ------------------------------------------------------------------------------

export interface TimelineSection {
  /** Every event of the day in journal order, the key ones marked. */
  entries: TimelineEntry[];
  /**
   * Events this copy leaves out (a PDF of a long day lists only the key events); 0 when it has
   * them all. The audit log and the HTML report always have every event.
   */
  omitted: number;
}

export interface TimelineEntry {
  seq: number;
  /**
   * A key event (issues, breaches, critical moments, decisions, drills): the journal has no stars,
   * so these kinds stand in for starred events and are listed first.
   */
  key: boolean;
  atMs: number;
  kind: EventKind;
  actor: string;
  subject: string;
  severity: Severity | null;
}

// ---- Commands appendix ---------------------------------------------------------------------

export interface CommandsAppendix {
  commands: ReportCommand[];
}

export interface ReportCommand {
  command: string;
  terminalId: string;
  cwd: string | null;
  actor: string;
  startedAtMs: number;
  /** null for a command with no command.finished: still running, or the host went away. */
  finishedAtMs: number | null;
  exitCode: number | null;
  durationMs: number | null;
  unfinished: boolean;
  /** The runbook run and step it ran for, when it did. */
  runId: string | null;
  stepId: string | null;
  transcriptId: number | null;
  evidence: Evidence;
}

// ---- Compare -------------------------------------------------------------------------------

export interface CompareSection {
  previousDayId: number;
  previousDayName: string;
  targets: Array<{
    panelId: string;
    queryIndex: number;
    label: string;
    breaches: Change;
    /** In the panel's unit; from the snapshots, as in the targets table. */
    worst: Change;
  }>;
  /** Virtual users. */
  peakLoad: Change;
  /** Fraction of failed requests, 0..1, from the k6 summaries. */
  errorRate: Change;
  /** http_req_duration p(95), ms, from the k6 summaries. */
  latencyP95Ms: Change;
}

/** A figure on the previous day and on this one; `change` is after − before, null when either is. */
export interface Change {
  before: number | null;
  after: number | null;
  change: number | null;
}
