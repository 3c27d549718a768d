import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import type { RunState } from '../../shared/runbookRunTypes';
import { formatRunbookProblem, type Runbook } from '../../shared/runbookTypes';
import { formatDuration } from '../../shared/workspace/durationSchema';
import { type Environment, formatProblem, type Workspace } from '../../shared/workspace/workspaceTypes';
import type { Journal } from '../host/journal/journal';
import { appendToDay } from '../host/journal/journalWrites';
import { journalRunRecorder } from '../host/runbooks/execution/journalRunRecorder';
import { RunbookRun } from '../host/runbooks/execution/runbookRun';
import type { StepVariables } from '../host/runbooks/execution/runDependencies';
import { parseRunbookFile, type RunbookEntry, runbookIdOf } from '../host/runbooks/runbookFolder';
import { runbookRuntime } from '../host/runbooks/runbookRuntime';
import { warroomShim } from '../host/runbooks/warroomShim';
import { SANDBOX_STATE_ENV, sandboxStatePath } from '../host/sandbox/control/sandboxState';
import { SecretStore } from '../host/secrets/secretStore';
import { TerminalService } from '../host/terminals/terminalService';
import { WORKSPACE_FILE_NAME } from '../host/workspace/workspaceFile';
import { loadWorkspace } from '../host/workspace/workspaceLoader';
import type { PackageLayout } from '../packageLayout';
import { JOURNAL_OPTION, JOURNAL_OPTION_USAGE, openCommandJournal, withJournal } from './journalArguments';

/** The exit code of a command line that makes no sense, or a runbook that cannot run at all. */
const USAGE_EXIT_CODE = 2;

export const RUN_USAGE = `warroom run FILE [--env E] [--var NAME=VALUE ...] [--yes] [--step NAME] [--workspace DIR]
                [--as NAME] [--journal FILE]

  Runs a runbook without the console (for CI and rehearsals): each step in order, its output
  shown, its result printed, the whole run journaled. Exits 0 only if every step passed.
  --env E           the environment (default: the workspace's defaultEnvironment)
  --var NAME=VALUE  a variable's value; a secret not given is read from the environment
                    variable of the same name
  --yes             approve the steps that ask for confirmation; without it such a step stops the run
  --step NAME       run this one step (its name or step-N)
  --workspace DIR   the folder of warroom.yaml (default: the nearest one above FILE)
  --as NAME         who ran it, for the journal (default: the journal's operator)
  ${JOURNAL_OPTION_USAGE}`;

interface RunArguments {
  file: string;
  env?: string;
  vars: Record<string, string>;
  yes: boolean;
  step?: string;
  workspace?: string;
  as?: string;
  journal?: string;
}

/** What `warroom run` found ready to run: the runbook, its workspace, the environment and step. */
interface PreparedRun {
  file: string;
  runbook: Runbook;
  problems: RunbookEntry['problems'];
  workspace: Workspace;
  environment: Environment;
  stepId: string | null;
}

export async function runCommand(args: string[], layout: PackageLayout): Promise<number> {
  let parsed: RunArguments;
  try {
    parsed = parseRunArguments(args);
  } catch (error) {
    console.error(`warroom run: ${error instanceof Error ? error.message : String(error)}\n\n${RUN_USAGE}`);
    return USAGE_EXIT_CODE;
  }
  const prepared = prepareRun(parsed, layout);
  if (typeof prepared === 'string') {
    console.error(`warroom run: ${prepared}`);
    return USAGE_EXIT_CODE;
  }
  const journal = openCommandJournal(parsed.journal, 'record');
  return withJournal(journal, async () => {
    const secrets = new SecretStore({ vault: null, file: join(dirname(journal.path), 'secrets.json') });
    journal.redactWith((text) => secrets.redact(text));
    const shim = warroomShim(join(layout.root, 'bin', 'warroom.js'));
    const terminals = new TerminalService({ cwd: dirname(prepared.file), changed: () => undefined });
    try {
      const runtime = runbookRuntime({
        secrets,
        binDir: shim.dir,
        stepEnv: { WARROOM_JOURNAL: journal.path, [SANDBOX_STATE_ENV]: sandboxStatePath() },
      });
      const { runbook, environment } = prepared;
      const values = { ...secretsFromProcessEnvironment(runbook, environment.secrets), ...parsed.vars };
      let variables: StepVariables;
      try {
        const entry = { id: runbook.id, file: prepared.file, runbook, problems: prepared.problems };
        variables = runtime.variables({ entry, environment, values, remember: [] });
      } catch (error) {
        console.error(`warroom run: ${error instanceof Error ? error.message : String(error)}`);
        return USAGE_EXIT_CODE;
      }
      const result = await runToEnd({
        journal,
        terminals,
        prepared,
        actor: parsed.as ?? journal.defaultActor(),
        yes: parsed.yes,
        variables,
        runtime,
      });
      return result.status === 'passed' ? 0 : 1;
    } finally {
      terminals.dispose();
      shim.dispose();
    }
  });
}

/** Finds and reads everything the run needs; a string says why it cannot start. */
function prepareRun(parsed: RunArguments, layout: PackageLayout): PreparedRun | string {
  const file = resolve(parsed.file);
  if (!existsSync(file)) return `there is no runbook at ${file}`;
  const workspaceDir = resolve(
    parsed.workspace ?? nearestWorkspace(dirname(file)) ?? layout.defaultWorkspace,
  );
  const load = loadWorkspace(workspaceDir);
  if (!load.ok) {
    for (const problem of load.problems) console.error(formatProblem(problem));
    return `${load.file} does not load`;
  }
  const { workspace } = load;
  const environmentName = parsed.env ?? workspace.defaultEnvironment;
  const environment = workspace.environments[environmentName];
  if (!environment) {
    return `--env: no environment "${environmentName}"; defined: ${Object.keys(workspace.environments).join(', ')}`;
  }
  const inWorkspace = !relative(workspaceDir, file).startsWith('..');
  const id = inWorkspace ? runbookIdOf(workspaceDir, file) : basename(file).replace(/\.md$/i, '');
  const { runbook, problems } = parseRunbookFile(file, id, Object.values(workspace.environments));
  for (const problem of problems) console.error(formatRunbookProblem(problem));
  if (!runbook || (problems.length > 0 && parsed.step === undefined)) {
    return `${file} has ${problems.length} problem(s); fix them first (warroom lint ${parsed.file})`;
  }
  if (parsed.step === undefined) return { file, runbook, problems, workspace, environment, stepId: null };
  const step = runbook.steps.find(
    (candidate) => candidate.name === parsed.step || candidate.id === parsed.step,
  );
  if (!step) return `--step: ${id} has no step ${parsed.step}`;
  return { file, runbook, problems, workspace, environment, stepId: step.id };
}

interface RunToEnd {
  journal: Journal;
  terminals: TerminalService;
  prepared: PreparedRun;
  actor: string;
  yes: boolean;
  variables: StepVariables;
  runtime: ReturnType<typeof runbookRuntime>;
}

/** Runs it, printing each step's result as it ends and answering what a console would ask a person. */
async function runToEnd(context: RunToEnd): Promise<RunState> {
  const { prepared, actor } = context;
  const { runbook, environment } = prepared;
  const printer = new StepPrinter(runbook);
  let asking = false;
  const run: RunbookRun = new RunbookRun(
    {
      runId: `r${Date.now().toString(36)}${randomBytes(3).toString('hex')}`,
      runbook,
      environment: environment.name,
      startedBy: actor,
      stepId: prepared.stepId,
      denyList: prepared.workspace.runbooks.denyList,
      pauseOnFailure: false,
      runbookDir: dirname(prepared.file),
      baseEnv: context.runtime.stepEnvironment(environment),
    },
    {
      spawn: (request) =>
        context.terminals.spawnStep({
          ...request,
          output: (data) => {
            process.stdout.write(data);
            request.output(data);
          },
        }),
      variables: context.variables,
      probes: context.runtime.probes(environment),
      recorder: journalRunRecorder(context.journal),
      tickOf: () => null,
      now: Date.now,
      changed: (state) => {
        printer.print(state);
        if (asking) return;
        const waiting = state.steps.find((stepRun) => stepRun.stepId === state.currentStepId);
        if (state.confirmation) {
          asking = true;
          answerConfirmation(run, state, context.yes, actor);
          asking = false;
        } else if (waiting?.status === 'waiting') {
          asking = true;
          void askManualCheck(run, runbook, waiting.stepId, context.journal, actor).finally(() => {
            asking = false;
          });
        }
      },
    },
  );
  console.log(`Running ${runbook.id} (${runbook.title}) in ${environment.name} as ${actor}`);
  const state = await run.finished;
  console.log(
    state.status === 'passed'
      ? '\nPassed.'
      : `\nRun ${state.status}: ${state.reason ?? 'see the steps above'}`,
  );
  return state;
}

function answerConfirmation(run: RunbookRun, state: RunState, yes: boolean, actor: string): void {
  const request = state.confirmation;
  if (!request) return;
  console.log(
    `\n! ${request.stepId} asks for confirmation (${request.reasons.join('; ')}):\n    ${request.command}`,
  );
  for (const [name, value] of Object.entries(request.context)) console.log(`    ${name}=${value}`);
  if (yes) {
    console.log('  approved by --yes');
    run.confirm(request.stepId, true, actor);
  } else {
    console.error('  not approved: run again with --yes to approve it');
    run.confirm(request.stepId, false, `${actor} (warroom run without --yes)`);
  }
}

/** On a terminal, asks whether a manual check is done; without one, the run cannot go on. */
async function askManualCheck(
  run: RunbookRun,
  runbook: Runbook,
  stepId: string,
  journal: Journal,
  actor: string,
) {
  const step = runbook.steps.find((candidate) => candidate.id === stepId);
  if (step?.type !== 'check') return;
  if (!process.stdin.isTTY) {
    console.error(
      `\n  manual check "${step.text}" needs a person: tick it in the console, or run on a terminal`,
    );
    run.control('stop', `${actor} (no terminal to ask on)`);
    return;
  }
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  const answer = await prompt.question(`\n[ ] ${step.text} — done? [y/N] `);
  prompt.close();
  if (!/^y(es)?$/i.test(answer.trim())) {
    run.control('stop', actor);
    return;
  }
  await journal.write(
    appendToDay({
      kind: 'checklist.ticked',
      actor,
      subject: `Ticked: ${step.text}`,
      payload: { runbookId: runbook.id, stepId, text: step.text, checked: true },
    }),
  );
  run.checkTicked(stepId);
}

/** Prints a line for each step as it ends, and for each rollback. */
class StepPrinter {
  private readonly printed = new Set<string>();
  constructor(private readonly runbook: Runbook) {}

  print(state: RunState): void {
    const all = [
      ...state.steps.map((s) => ({ s, rollback: false })),
      ...state.rollbacks.map((s) => ({ s, rollback: true })),
    ];
    for (const { s, rollback } of all) {
      const key = `${rollback ? 'rollback:' : ''}${s.stepId}:${s.attempts}:${s.status}`;
      if (
        !['passed', 'failed', 'timed-out', 'skipped', 'stopped'].includes(s.status) ||
        this.printed.has(key)
      )
        continue;
      if (s.status === 'skipped' && s.attempts === 0 && state.finishedAt !== null) continue;
      this.printed.add(key);
      const title = this.runbook.steps.find((step) => step.id === s.stepId)?.title ?? s.stepId;
      const mark = s.status === 'passed' ? '✓' : s.status === 'skipped' ? '-' : '✗';
      const took =
        s.startedAt !== null && s.finishedAt !== null ? ` ${formatSeconds(s.finishedAt - s.startedAt)}` : '';
      const message = s.message ? `  ${s.message}` : '';
      console.log(`${rollback ? '  rollback ' : '  '}${mark} ${title} — ${s.status}${took}${message}`);
    }
  }
}

function formatSeconds(ms: number): string {
  return ms >= 60_000 ? formatDuration(Math.round(ms / 1000) * 1000) : `${(ms / 1000).toFixed(1)} s`;
}

function parseRunArguments(args: string[]): RunArguments {
  const { values, positionals } = parseArgs({
    args,
    options: {
      env: { type: 'string' },
      var: { type: 'string', multiple: true },
      yes: { type: 'boolean', short: 'y' },
      step: { type: 'string' },
      workspace: { type: 'string' },
      as: { type: 'string' },
      ...JOURNAL_OPTION,
    },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length !== 1) throw new Error('give one runbook file');
  const vars: Record<string, string> = {};
  for (const assignment of values.var ?? []) {
    const match = /^([A-Z_][A-Z0-9_]*)=(.*)$/s.exec(assignment);
    if (!match)
      throw new Error(`--var ${JSON.stringify(assignment)}: expected NAME=VALUE with an UPPERCASE name`);
    vars[match[1] as string] = match[2] as string;
  }
  return {
    file: positionals[0] as string,
    env: values.env,
    vars,
    yes: values.yes === true,
    step: values.step,
    workspace: values.workspace,
    as: values.as,
    journal: values.journal,
  };
}

/** The runbook's secrets a CI job gives as environment variables, as `warroom verify` reads Prometheus's. */
function secretsFromProcessEnvironment(
  runbook: Runbook,
  environmentSecrets: string[],
): Record<string, string> {
  const names = [
    ...runbook.variables.filter((variable) => variable.secret).map((v) => v.name),
    ...environmentSecrets,
  ];
  return Object.fromEntries(
    names.flatMap((name) => (process.env[name] ? [[name, process.env[name] as string]] : [])),
  );
}

function nearestWorkspace(dir: string): string | null {
  for (let current = dir; ; current = dirname(current)) {
    if (existsSync(join(current, WORKSPACE_FILE_NAME))) return current;
    if (dirname(current) === current) return null;
  }
}
