import { randomBytes } from 'node:crypto';
import { dirname } from 'node:path';
import { ApiError } from '../../../shared/apiErrors';
import type {
  CheckState,
  RunbookDetail,
  RunbookSummary,
  RunPlan,
  RunState,
} from '../../../shared/runbookRunTypes';
import { formatRunbookProblem } from '../../../shared/runbookTypes';
import type { Environment, Workspace } from '../../../shared/workspace/workspaceTypes';
import type { Journal } from '../journal/journal';
import { appendToDay } from '../journal/journalWrites';
import { lastRuns, runHistory, ticksOfDay, unfinishedRuns } from '../journal/runbookRecords';
import type { WorkspaceService } from '../workspace/workspaceService';
import { denyListMatches } from './execution/denyList';
import { journalRunRecorder } from './execution/journalRunRecorder';
import { RunbookRun } from './execution/runbookRun';
import { MAX_FINISHED_RUNS_KEPT, RUN_HISTORY_LIMIT } from './execution/runConstants';
import type { ProbeRunner, StepVariables } from './execution/runDependencies';
import type { SpawnStep } from './execution/stepCommand';
import { RunbookCatalog } from './runbookCatalog';
import type { RunbookEntry } from './runbookFolder';

/** What a run of one runbook in one environment is given, to fill in its variables. */
export interface RunInputs {
  entry: RunbookEntry & { runbook: NonNullable<RunbookEntry['runbook']> };
  environment: Environment;
  values: Record<string, string>;
  remember: string[];
}

export interface RunbookServiceOptions {
  workspace: WorkspaceService;
  journal: Journal;
  spawn: SpawnStep;
  /** The run form's variables, and a run's variables once started (the secrets store is behind both). */
  plan(
    inputs: Omit<RunInputs, 'values' | 'remember'>,
  ): Pick<RunPlan, 'variables' | 'canRemember' | 'cannotRememberReason'>;
  variables(inputs: RunInputs): StepVariables;
  probes(environment: Environment): ProbeRunner;
  /** Added to every step's environment: PATH with `warroom` on it, the built-in variables. */
  stepEnvironment(environment: Environment): Record<string, string>;
  runbooksChanged(list: RunbookSummary[]): void;
  runChanged(run: RunState): void;
  ticked(id: string, checks: CheckState[]): void;
  now?: () => number;
}

/**
 * The workspace's runbooks and their runs: the catalog, ticks of manual checks, runs started,
 * controlled and confirmed, and their history in the journal. Runs a host left open when it
 * went away are marked interrupted when the next one starts.
 */
export class RunbookService {
  private readonly catalog: RunbookCatalog;
  private readonly runs = new Map<string, RunbookRun>();
  private readonly now: () => number;

  constructor(private readonly options: RunbookServiceOptions) {
    this.now = options.now ?? Date.now;
    this.catalog = new RunbookCatalog(
      options.workspace.dir,
      () => Object.values(options.workspace.state.workspace?.environments ?? {}),
      () => options.runbooksChanged(this.list()),
    );
    options.workspace.onChange(() => {
      this.catalog.reload();
      options.runbooksChanged(this.list());
    });
  }

  /** Closes the runs a previous host left open; call once, before the first run starts. */
  async markInterruptedRuns(): Promise<number> {
    const open = unfinishedRuns(this.options.journal.database);
    for (const started of open) {
      await this.options.journal.write(
        appendToDay({
          kind: 'runbook.finished',
          actor: started.actor,
          subject: `${String(started.payload.title)}: interrupted`,
          payload: {
            runId: started.payload.runId,
            runbookId: started.payload.runbookId,
            environment: started.payload.environment,
            title: started.payload.title,
            status: 'interrupted',
            reason: 'Warroom stopped while this run was going on',
            durationMs: null,
            steps: [],
            rollbacks: [],
          },
        }),
      );
    }
    return open.length;
  }

  list(): RunbookSummary[] {
    const last = lastRuns(this.options.journal.database);
    return this.catalog
      .list()
      .map((entry) => {
        const history = last.has(entry.id) ? runHistory(this.options.journal.database, entry.id, 1) : [];
        return {
          id: entry.id,
          title: entry.runbook?.title ?? entry.id,
          kind: entry.runbook?.kind ?? null,
          phase: entry.runbook?.phase ?? null,
          stepCount: entry.runbook?.steps.length ?? 0,
          problemCount: entry.problems.length,
          lastRun: history[0] ?? null,
        };
      })
      .sort((a, b) => a.id.localeCompare(b.id));
  }

  get(id: string): RunbookDetail {
    const entry = this.entry(id);
    const history = runHistory(this.options.journal.database, id, RUN_HISTORY_LIMIT);
    for (const run of history) {
      for (const step of run.steps) {
        step.title = entry.runbook?.steps.find((s) => s.id === step.stepId)?.title ?? step.title;
      }
    }
    return { id, runbook: entry.runbook, problems: entry.problems, checks: this.checks(id), history };
  }

  async tick(actor: string, id: string, stepId: string, checked: boolean): Promise<CheckState[]> {
    const step = this.entry(id).runbook?.steps.find((candidate) => candidate.id === stepId);
    if (step?.type !== 'check') throw new ApiError('not_found', `${id} has no manual check ${stepId}`);
    await this.options.journal.write(
      appendToDay({
        kind: 'checklist.ticked',
        actor,
        subject: `${checked ? 'Ticked' : 'Unticked'}: ${step.text}`,
        payload: { runbookId: id, stepId, text: step.text, checked },
      }),
    );
    const checks = this.checks(id);
    this.options.ticked(id, checks);
    if (checked)
      for (const run of this.runs.values()) if (run.state.runbookId === id) run.checkTicked(stepId);
    return checks;
  }

  plan(id: string, environmentName: string | undefined): RunPlan {
    const entry = this.runnable(id);
    const workspace = this.loadedWorkspace();
    const environment = this.environmentOf(workspace, environmentName);
    return {
      runbookId: id,
      environment: environment.name,
      environments: Object.keys(workspace.environments),
      ...this.options.plan({ entry, environment }),
      confirmations: entry.runbook.steps.flatMap((step) => {
        if (step.type !== 'command') return [];
        const reasons = [
          ...(step.confirm ? ['the step asks for confirmation'] : []),
          ...denyListMatches(step.script, workspace.runbooks.denyList).map(
            (word) => `matches the deny-list entry "${word}"`,
          ),
        ];
        return reasons.length > 0 ? [{ stepId: step.id, reasons }] : [];
      }),
    };
  }

  start(
    actor: string,
    request: {
      id: string;
      environment?: string;
      values: Record<string, string>;
      remember: string[];
      stepId?: string;
    },
  ): RunState {
    const entry = this.runnable(request.id);
    if (request.stepId === undefined && entry.problems.length > 0) {
      throw new ApiError(
        'bad_request',
        `${request.id} has ${entry.problems.length} problem(s); fix them before running it all: ${entry.problems
          .slice(0, 3)
          .map(formatRunbookProblem)
          .join('; ')}`,
      );
    }
    const going = [...this.runs.values()].find(
      (run) => run.state.runbookId === request.id && run.state.finishedAt === null,
    );
    if (going) {
      throw new ApiError(
        'refused',
        `${request.id} is already running (run ${going.state.runId}, started by ${going.state.startedBy}): stop it first`,
      );
    }
    const workspace = this.loadedWorkspace();
    const environment = this.environmentOf(workspace, request.environment);
    const variables = this.options.variables({
      entry,
      environment,
      values: request.values,
      remember: request.remember,
    });
    const run = new RunbookRun(
      {
        runId: `r${this.now().toString(36)}${randomBytes(3).toString('hex')}`,
        runbook: entry.runbook,
        environment: environment.name,
        startedBy: actor,
        stepId: request.stepId ?? null,
        denyList: workspace.runbooks.denyList,
        pauseOnFailure: entry.runbook.kind !== 'drill',
        runbookDir: dirname(entry.file),
        baseEnv: this.options.stepEnvironment(environment),
      },
      {
        spawn: this.options.spawn,
        variables,
        probes: this.options.probes(environment),
        recorder: journalRunRecorder(this.options.journal),
        tickOf: (stepId) => {
          const tick = this.checks(entry.id).find((check) => check.stepId === stepId && check.checked);
          return tick ? { by: tick.by, at: tick.at } : null;
        },
        now: this.now,
        changed: (state) => this.options.runChanged(structuredClone(state)),
      },
    );
    this.runs.set(run.state.runId, run);
    void run.finished.then(
      () => {
        this.forgetOldRuns();
        this.options.runbooksChanged(this.list());
      },
      (error: unknown) => console.error(`warroom: run ${run.state.runId} failed inside: ${String(error)}`),
    );
    return structuredClone(run.state);
  }

  listRuns(): RunState[] {
    return [...this.runs.values()].map((run) => structuredClone(run.state));
  }

  control(actor: string, runId: string, action: 'pause' | 'resume' | 'stop' | 'skip' | 'retry'): RunState {
    const run = this.run(runId);
    run.control(action, actor);
    return structuredClone(run.state);
  }

  confirm(actor: string, runId: string, stepId: string, approve: boolean): RunState {
    const run = this.run(runId);
    run.confirm(stepId, approve, actor);
    return structuredClone(run.state);
  }

  /** Stops every run and waits for each to be journaled as stopped. */
  async shutdown(actor: string): Promise<void> {
    const going = [...this.runs.values()].filter((run) => run.state.finishedAt === null);
    for (const run of going) run.control('stop', actor);
    await Promise.all(going.map((run) => run.finished));
    this.catalog.dispose();
  }

  dispose(): void {
    for (const run of this.runs.values()) if (run.state.finishedAt === null) run.control('stop', 'Warroom');
    this.catalog.dispose();
  }

  private checks(id: string): CheckState[] {
    const dayId = this.options.journal.currentDayId();
    return dayId === null ? [] : ticksOfDay(this.options.journal.database, dayId, id);
  }

  private entry(id: string): RunbookEntry {
    const entry = this.catalog.get(id);
    if (!entry) throw new ApiError('not_found', `no runbook ${id} in ${this.options.workspace.dir}`);
    return entry;
  }

  private runnable(id: string): RunInputs['entry'] {
    const entry = this.entry(id);
    if (!entry.runbook) {
      throw new ApiError(
        'bad_request',
        `${id} cannot be read: ${entry.problems.map(formatRunbookProblem).join('; ')}`,
      );
    }
    return entry as RunInputs['entry'];
  }

  private loadedWorkspace(): Workspace {
    const workspace = this.options.workspace.state.workspace;
    if (!workspace) {
      throw new ApiError(
        'unavailable',
        `${this.options.workspace.file} does not load; fix it, then run again`,
      );
    }
    return workspace;
  }

  private environmentOf(workspace: Workspace, name: string | undefined): Environment {
    const chosen = name ?? workspace.defaultEnvironment;
    const environment = workspace.environments[chosen];
    if (!environment) {
      throw new ApiError(
        'bad_request',
        `no environment "${chosen}" in warroom.yaml; defined: ${Object.keys(workspace.environments).join(', ')}`,
      );
    }
    return environment;
  }

  private run(runId: string): RunbookRun {
    const run = this.runs.get(runId);
    if (!run) throw new ApiError('not_found', `no run ${runId} in this Warroom`);
    return run;
  }

  private forgetOldRuns(): void {
    const finished = [...this.runs.values()].filter((run) => run.state.finishedAt !== null);
    for (const run of finished.slice(0, Math.max(0, finished.length - MAX_FINISHED_RUNS_KEPT))) {
      this.runs.delete(run.state.runId);
    }
  }
}
