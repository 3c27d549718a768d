import type { FaultSpec, SandboxStatus } from '../../../shared/sandboxTypes';
import type { WsTestClient } from '../../support/wsTestClient';
import { DAY_PACE } from './soakPlan';
import { QUICK_FIX_ID, SOAK_ENVIRONMENT } from './soakWorkspace';

/** How often the loop looks at what is due. */
const TICK_MS = 1_000;

/** A fault holds for a third of its cycle: long enough for the 20 s windows to breach and alerts to fire. */
const FAULT_ON_SHARE = 1 / 3;

/** Every fourth fault is a crash (the supervisor restarts the service), the others latency and errors. */
const CRASH_EVERY = 4;

/** Latency and errors that breach both targets (P95 < 300 ms, 5xx < 0.5 %) and fire both alerts. */
const SLOW_AND_FAILING: FaultSpec[] = [
  { kind: 'latency', ms: 500 },
  { kind: 'errors', rate: 0.05 },
];

/** A quick fix's curl and probe retry for 30 s each; a run longer than this is stuck. */
const RUN_DEADLINE_MS = 90_000;

/** The load the sandbox runs, restarted each time it ends. */
const LOAD_PRESET = 'ramp';

/** What the API-side cycles did, for the report. */
export interface ApiTally {
  faults: number;
  crashes: number;
  loadStarts: number;
  notes: number;
  snapshots: number;
  runs: number;
  runsPassed: number;
  failures: string[];
}

export function emptyApiTally(): ApiTally {
  return {
    faults: 0,
    crashes: 0,
    loadStarts: 0,
    notes: 0,
    snapshots: 0,
    runs: 0,
    runsPassed: 0,
    failures: [],
  };
}

/** Periods at the soak's pace: the day's divided by the compression. */
function periods(compression: number) {
  return {
    fault: DAY_PACE.faultEveryMs / compression,
    note: DAY_PACE.noteEveryMs / compression,
    snapshot: DAY_PACE.snapshotEveryMs / compression,
    runbook: DAY_PACE.runbookEveryMs / compression,
  };
}

/** Keeps the sandbox's latest status from its events. */
export class SandboxWatch {
  latest: SandboxStatus | null = null;
  constructor(client: WsTestClient) {
    client.on('sandbox.changed', (status) => {
      this.latest = status;
    });
  }
}

/**
 * Runs the quick fix to its end and closes the terminal its step ran in, as an operator closes a
 * finished tab; a run that did not pass is named in the tally.
 */
async function runQuickFix(client: WsTestClient, tally: ApiTally): Promise<void> {
  const before = new Set((await client.call('terminals.list', {})).map((terminal) => terminal.id));
  const started = await client.call('runs.start', {
    id: QUICK_FIX_ID,
    environment: SOAK_ENVIRONMENT,
    values: {},
    remember: [],
  });
  tally.runs++;
  const deadline = Date.now() + RUN_DEADLINE_MS;
  let state = started;
  while (state.status === 'running' && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, TICK_MS / 2));
    state = (await client.call('runs.list', {})).find((run) => run.runId === started.runId) ?? state;
  }
  if (state.status === 'passed') tally.runsPassed++;
  else {
    tally.failures.push(`quick fix ${state.runId} ${state.status}: ${state.reason ?? 'no reason'}`);
    if (state.status === 'running' || state.status === 'paused')
      await client.call('runs.control', { runId: state.runId, action: 'stop' });
  }
  // Only ended ones: a terminal the page opened meanwhile still runs its shell.
  for (const terminal of await client.call('terminals.list', {})) {
    const ended = terminal.exitCode !== null || terminal.signal !== null;
    if (!before.has(terminal.id) && ended) await client.call('terminals.close', { id: terminal.id });
  }
}

async function setFaults(client: WsTestClient, faults: FaultSpec[]): Promise<void> {
  for (const fault of faults) await client.call('sandbox.fault', { fault });
}

/**
 * The operator's and the day's own moves through the API until `until`: faults set and cleared,
 * the load restarted whenever its preset ends, notes, snapshots and the quick fix.
 */
export async function runApiCycles(
  client: WsTestClient,
  sandbox: SandboxWatch,
  compression: number,
  until: number,
  tally: ApiTally,
): Promise<void> {
  const every = periods(compression);
  const start = Date.now();
  const due = {
    fault: start,
    note: start,
    snapshot: start + every.snapshot / 2,
    runbook: start + every.runbook / 4,
  };
  let faultClearAt: number | null = null;
  let run: Promise<void> | null = null;
  const maxTicks = Math.ceil((until - start) / TICK_MS) + 1;
  for (let tick = 0; tick < maxTicks && Date.now() < until; tick++) {
    const now = Date.now();
    const status = sandbox.latest;
    if (status?.state === 'running' && !status.load.running && status.health?.status === 'UP') {
      await client.call('sandbox.startLoad', { preset: LOAD_PRESET });
      tally.loadStarts++;
    }
    if (faultClearAt !== null && now >= faultClearAt) {
      await setFaults(client, [{ kind: 'clear' }]);
      faultClearAt = null;
    } else if (faultClearAt === null && now >= due.fault && status?.health?.status === 'UP') {
      tally.faults++;
      if (tally.faults % CRASH_EVERY === 0) {
        await setFaults(client, [{ kind: 'crash' }]);
        tally.crashes++;
      } else {
        await setFaults(client, SLOW_AND_FAILING);
        faultClearAt = now + every.fault * FAULT_ON_SHARE;
      }
      due.fault = now + every.fault;
    }
    if (now >= due.note) {
      await client.call('journal.addNote', { text: `Soak note ${tally.notes + 1}: all hands watching` });
      tally.notes++;
      due.note = now + every.note;
    }
    if (now >= due.snapshot) {
      await client.call('journal.takeSnapshot', { label: `Soak snapshot ${tally.snapshots + 1}` });
      tally.snapshots++;
      due.snapshot = now + every.snapshot;
    }
    if (run === null && now >= due.runbook) {
      run = runQuickFix(client, tally)
        .catch((error: unknown) => {
          tally.failures.push(`quick fix: ${String(error)}`);
        })
        .finally(() => {
          run = null;
        });
      due.runbook = now + every.runbook;
    }
    await new Promise((resolve) => setTimeout(resolve, TICK_MS));
  }
  await run;
  if (faultClearAt !== null) await setFaults(client, [{ kind: 'clear' }]);
}
