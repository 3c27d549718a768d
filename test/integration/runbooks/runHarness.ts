import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { journalRunRecorder } from '../../../electron/host/runbooks/execution/journalRunRecorder';
import { RunbookRun } from '../../../electron/host/runbooks/execution/runbookRun';
import { parseRunbookFile } from '../../../electron/host/runbooks/runbookFolder';
import { runbookRuntime } from '../../../electron/host/runbooks/runbookRuntime';
import { SecretStore } from '../../../electron/host/secrets/secretStore';
import { TerminalService } from '../../../electron/host/terminals/terminalService';
import type { RunState } from '../../../shared/runbookRunTypes';
import type { Runbook } from '../../../shared/runbookTypes';
import type { Environment } from '../../../shared/workspace/workspaceTypes';
import { type ScratchJournal, scratchJournal } from '../../support/scratchJournal';

export function testEnvironment(overrides: Partial<Environment> = {}): Environment {
  return {
    name: 'test',
    description: null,
    sandbox: null,
    prometheus: null,
    k6: null,
    health: [],
    variables: {},
    secrets: [],
    ...overrides,
  };
}

export interface RunHarnessOptions {
  values?: Record<string, string>;
  environment?: Environment;
  denyList?: string[];
  pauseOnFailure?: boolean;
  stepId?: string;
  /** Manual checks ticked before the run starts. */
  ticked?: string[];
  /** Called with the runbook's folder before the run starts. */
  prepare?(dir: string): void;
}

/** A runbook run for real: Markdown in a file, ptys, a journal file, probes against real servers. */
export interface RunHarness {
  run: RunbookRun;
  runbook: Runbook;
  dir: string;
  journal: ScratchJournal;
  terminals: TerminalService;
  /** Every state the run announced, in order. */
  states: RunState[];
  /** Resolves with the first announced state that satisfies `test`. */
  until(test: (state: RunState) => boolean, timeoutMs?: number): Promise<RunState>;
  dispose(): Promise<void>;
}

export function startRun(markdown: string, options: RunHarnessOptions = {}): RunHarness {
  const dir = mkdtempSync(join(tmpdir(), 'warroom-run-'));
  const file = join(dir, 'drill.md');
  writeFileSync(file, markdown);
  options.prepare?.(dir);
  const environment = options.environment ?? testEnvironment();
  const entry = parseRunbookFile(file, 'drill', [environment]);
  if (!entry.runbook || entry.problems.length > 0) {
    throw new Error(`the test runbook has problems: ${JSON.stringify(entry.problems)}`);
  }
  const runbook = entry.runbook;
  const journal = scratchJournal();
  const secrets = new SecretStore({ vault: null, file: join(dir, 'secrets.json') });
  journal.journal.redactWith((text) => secrets.redact(text));
  const runtime = runbookRuntime({ secrets, binDir: null, stepEnv: {} });
  const terminals = new TerminalService({ cwd: dir, changed: () => undefined });
  const states: RunState[] = [];
  const waiters = new Set<{ test: (state: RunState) => boolean; resolve: (state: RunState) => void }>();
  const ticked = new Set(options.ticked ?? []);
  const run = new RunbookRun(
    {
      runId: `r${Date.now().toString(36)}`,
      runbook,
      environment: environment.name,
      startedBy: 'ana',
      stepId: options.stepId ?? null,
      denyList: options.denyList ?? [],
      pauseOnFailure: options.pauseOnFailure ?? false,
      runbookDir: dir,
      baseEnv: runtime.stepEnvironment(environment),
    },
    {
      spawn: (request) => terminals.spawnStep(request),
      variables: runtime.variables({
        entry: { ...entry, runbook },
        environment,
        values: options.values ?? {},
        remember: [],
      }),
      probes: runtime.probes(environment),
      recorder: journalRunRecorder(journal.journal),
      tickOf: (stepId) => (ticked.has(stepId) ? { by: 'ana', at: Date.now() } : null),
      now: Date.now,
      changed: (state) => {
        const copy = structuredClone(state);
        states.push(copy);
        for (const waiter of waiters) {
          if (waiter.test(copy)) {
            waiters.delete(waiter);
            waiter.resolve(copy);
          }
        }
      },
    },
  );
  return {
    run,
    runbook,
    dir,
    journal,
    terminals,
    states,
    until: (test, timeoutMs = 20_000) => {
      const seen = states.find(test);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const waiter = { test, resolve };
        waiters.add(waiter);
        setTimeout(() => {
          if (waiters.delete(waiter)) reject(new Error(`no state matched within ${timeoutMs} ms`));
        }, timeoutMs).unref();
      });
    },
    dispose: async () => {
      if (run.state.finishedAt === null) run.control('stop', 'test');
      await run.finished;
      terminals.dispose();
      await journal.dispose();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The text of a runbook from its lines (frontmatter included). */
export function markdown(...lines: string[]): string {
  return `${lines.join('\n')}\n`;
}
