import { parseArgs } from 'node:util';
import { personNameSchema } from '../../shared/journalTypes';
import {
  DEFAULT_PROMETHEUS_PORT,
  DEFAULT_REHEARSAL_FACTOR,
  DEFAULT_RESTART_DELAY_MS,
  DEFAULT_SERVICE_PORT,
} from '../../shared/sandboxTypes';
import { applyFault } from '../host/sandbox/control/applyFault';
import { FAULT_USAGE, parseFaultArgs } from '../host/sandbox/control/faultRequest';
import { currentFaults, serviceHealth } from '../host/sandbox/control/sandboxAdminClient';
import { startSandboxRun } from '../host/sandbox/control/sandboxRun';
import { readSandboxState } from '../host/sandbox/control/sandboxState';
import { loadPreset } from '../host/sandbox/load/loadProfile';
import { isProcessAlive } from '../host/terminals/sessionProcesses';
import type { PackageLayout } from '../packageLayout';
import { JOURNAL_OPTION, JOURNAL_OPTION_USAGE, openCommandJournal, withJournal } from './journalArguments';
import { parseOption } from './optionValues';

/** Load progress is printed every this many reports (one a second): a line every 5 s stays readable. */
const PROGRESS_EVERY = 5;

/** How long `sandbox stop` waits for the sandbox to end before saying it did not. */
const STOP_WAIT_MS = 10_000;

export const SANDBOX_USAGE = `warroom sandbox start [--load smoke|ramp|peak] [--port N] [--prometheus-port N] [--no-prometheus]
                      [--rehearsal-factor N] [--restart-delay SECONDS] [--no-redis] [--journal FILE]
warroom sandbox stop
warroom sandbox status
warroom sandbox fault ${FAULT_USAGE} [--as NAME]

  The rehearsal target: a small real service to load, break and watch (runs until stopped).
  --load PROFILE    drive load from the start: smoke (5 users, 30 s), ramp (50), peak (200)
  --port N          the service's port (default ${DEFAULT_SERVICE_PORT}; 0 picks a free one)
  --prometheus-port N  the managed Prometheus's port (default ${DEFAULT_PROMETHEUS_PORT}; 0 picks a free one)
  --no-prometheus   run without the managed Prometheus
  --rehearsal-factor N  divide alert durations by N (default ${DEFAULT_REHEARSAL_FACTOR}; 1 keeps them as on the dashboard)
  --restart-delay S after a crash, the service is restarted this much later (default ${DEFAULT_RESTART_DELAY_MS / 1000})
  --no-redis        use the built-in stand-in even when redis-server is installed
  fault             sets or clears a fault; each one is journaled
  ${JOURNAL_OPTION_USAGE}`;

export async function sandboxCommand(args: string[], layout: PackageLayout): Promise<number> {
  const [action, ...rest] = args;
  if (action === 'start') return start(rest, layout);
  if (action === 'stop') return stop();
  if (action === 'status') return status();
  if (action === 'fault') return fault(rest);
  throw new Error(
    `sandbox: expected start, stop, status or fault; got ${JSON.stringify(action ?? '')}\n\n${SANDBOX_USAGE}`,
  );
}

async function start(args: string[], layout: PackageLayout): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      ...JOURNAL_OPTION,
      port: { type: 'string', default: String(DEFAULT_SERVICE_PORT) },
      'restart-delay': { type: 'string', default: String(DEFAULT_RESTART_DELAY_MS / 1000) },
      'no-redis': { type: 'boolean', default: false },
      load: { type: 'string' },
      'prometheus-port': { type: 'string', default: String(DEFAULT_PROMETHEUS_PORT) },
      'no-prometheus': { type: 'boolean', default: false },
      'rehearsal-factor': { type: 'string', default: String(DEFAULT_REHEARSAL_FACTOR) },
    },
    strict: true,
  });
  const port = portOption('--port', values.port);
  const prometheusPort = portOption('--prometheus-port', values['prometheus-port']);
  const rehearsalFactor = Number(values['rehearsal-factor']);
  if (!(rehearsalFactor >= 1 && rehearsalFactor <= 3600)) {
    throw new Error(`--rehearsal-factor: expected 1 to 3600, got ${values['rehearsal-factor']}`);
  }
  const load = values.load === undefined ? null : { name: values.load, profile: loadPreset(values.load) };
  const restartDelay = Number(values['restart-delay']);
  if (!(restartDelay >= 0 && restartDelay <= 600))
    throw new Error(`--restart-delay: expected 0 to 600 seconds, got ${values['restart-delay']}`);
  const running = readSandboxState();
  if (running)
    throw new Error(
      `a sandbox is already running (pid ${running.pid}, port ${running.servicePort}): warroom sandbox stop`,
    );

  const journal = openCommandJournal(values.journal, 'record');
  const run = await startSandboxRun({
    journal,
    actor: journal.defaultActor(),
    entry: { script: layout.sandboxServiceEntry },
    servicePort: port,
    restartDelayMs: restartDelay * 1000,
    useRedis: !values['no-redis'],
    prometheus: values['no-prometheus'] ? null : { port: prometheusPort, rehearsalFactor },
    load,
    onLoadProgress: (progress) => {
      if (progress.phase === 'done' || Math.round(progress.elapsedSeconds) % PROGRESS_EVERY === 0) {
        console.log(
          `  load ${progress.phase}: ${progress.vus} users, ${progress.requests} requests, ${progress.errors + progress.non2xx} failed`,
        );
      }
    },
    warn: (message) => console.error(`warroom sandbox: ${message}`),
    owner: 'cli',
  }).catch(async (error: unknown) => {
    await journal.close();
    throw error;
  });
  console.log(`Sandbox service on http://127.0.0.1:${run.servicePort}`);
  console.log(
    `  dependency: ${run.redisPort ? `redis-server on port ${run.redisPort}` : 'built-in stand-in'}`,
  );
  console.log(`  prometheus: ${run.prometheusUrl ?? 'not running'}`);
  console.log(`  load:       ${values.load ?? 'none'}`);
  console.log(`  journal:    ${journal.path}`);
  console.log('Ctrl+C or `warroom sandbox stop` stops it.');
  return new Promise<number>((resolve) => {
    const finish = () => void run.stop().finally(() => journal.close().finally(() => resolve(0)));
    process.once('SIGINT', finish);
    process.once('SIGTERM', finish);
  });
}

function portOption(option: string, value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new Error(`${option}: expected 0 to 65535, got ${value}`);
  return port;
}

async function stop(): Promise<number> {
  const running = readSandboxState();
  if (!running) {
    console.log('No sandbox is running.');
    return 0;
  }
  if (running.owner === 'console')
    throw new Error(
      `the sandbox on port ${running.servicePort} belongs to a Warroom console (pid ${running.pid}): stop it there`,
    );
  process.kill(running.pid, 'SIGTERM');
  const deadline = Date.now() + STOP_WAIT_MS;
  while (isProcessAlive(running.pid)) {
    if (Date.now() > deadline)
      throw new Error(`the sandbox (pid ${running.pid}) did not stop within ${STOP_WAIT_MS / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  console.log(`Sandbox stopped (it ran on port ${running.servicePort}).`);
  return 0;
}

async function status(): Promise<number> {
  const running = readSandboxState();
  if (!running) {
    console.log('No sandbox is running.');
    return 1;
  }
  const health = await serviceHealth(running.servicePort);
  const faults = health ? await currentFaults(running.servicePort) : null;
  console.log(
    `Sandbox (pid ${running.pid}) on http://127.0.0.1:${running.servicePort}, started ${new Date(running.startedAt).toISOString()}`,
  );
  console.log(`  health:  ${health ? JSON.stringify(health) : 'not answering (restarting after a crash?)'}`);
  console.log(`  faults:  ${faults ? JSON.stringify(faults) : 'unknown'}`);
  console.log(`  prometheus: ${running.prometheusUrl ?? 'not running'}`);
  console.log(`  journal: ${running.journal}`);
  return 0;
}

async function fault(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { as: { type: 'string' } },
    allowPositionals: true,
    strict: true,
  });
  const fault = parseFaultArgs(positionals);
  const running = readSandboxState();
  if (!running) throw new Error('no sandbox is running: warroom sandbox start');
  // Journaled in the journal the sandbox records to.
  return withJournal(openCommandJournal(running.journal, 'record'), async (journal) => {
    const actor =
      values.as === undefined ? journal.defaultActor() : parseOption('--as', personNameSchema, values.as);
    const description = await applyFault(journal, running.servicePort, fault, actor);
    console.log(`Sandbox: ${description}`);
    return 0;
  });
}
