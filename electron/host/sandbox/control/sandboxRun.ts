import type { Journal } from '../../journal/journal';
import { SYSTEM_ACTOR } from '../../journal/journalConstants';
import { appendToDay } from '../../journal/journalWrites';
import type { LoadProgress, LoadSummary } from '../load/loadGenerator';
import type { LoadProfile } from '../load/loadProfile';
import { type ManagedPrometheus, startManagedPrometheus } from '../prometheus/managedPrometheus';
import type { ScrapeTarget } from '../prometheus/prometheusConfig';
import { PrometheusNotInstalledError } from '../prometheus/prometheusErrors';
import { findExecutable } from '../supervisor/findExecutable';
import { freeLoopbackPort } from '../supervisor/freePort';
import { type ServiceEntry, ServiceSupervisor, type SupervisorEvent } from '../supervisor/serviceSupervisor';
import { assertPortFree } from './portCheck';
import { SandboxLoad } from './sandboxLoad';
import { removeSandboxState, writeSandboxState } from './sandboxState';

export interface SandboxRunOptions {
  journal: Journal;
  /** Who started it: the sandbox's start and stop are theirs, crashes and restarts are Warroom's. */
  actor: string;
  entry: ServiceEntry;
  servicePort: number;
  restartDelayMs: number;
  /** Use the machine's redis-server when there is one; otherwise (or when false) a built-in stand-in. */
  useRedis: boolean;
  /** A managed Prometheus scraping the service (and `alsoScrape`), or null for none. */
  prometheus: { port: number; rehearsalFactor: number; alsoScrape?: readonly ScrapeTarget[] } | null;
  /** Load to drive at the service from the start, by name, or null. */
  load: { name: string; profile: LoadProfile } | null;
  onLoadProgress?: (progress: LoadProgress, profile: LoadProfile) => void;
  onLoadEnded?: (summary: LoadSummary) => void;
  /** Told when the service goes down or comes back. */
  onServiceEvent?: (event: SupervisorEvent) => void;
  /** Said when something optional cannot run (Prometheus not installed), and the rest goes on. */
  warn?: (message: string) => void;
  /** Who runs it: `warroom sandbox start` or a console (which `warroom sandbox stop` leaves alone). */
  owner: 'cli' | 'console';
  /** Where to describe the run for `warroom sandbox status|fault|stop`; default sandboxStatePath(). */
  statePath?: string;
}

export interface SandboxRun {
  servicePort: number;
  /** null when the built-in stand-in plays the dependency. */
  redisPort: number | null;
  /** Why the stand-in plays it, or null when redis-server does. */
  standInReason: string | null;
  /** null when none was asked for or the binary is missing. */
  prometheusUrl: string | null;
  /** Why there is no Prometheus though one was asked for, or null. */
  prometheusProblem: string | null;
  load: SandboxLoad;
  stop(actor?: string): Promise<void>;
}

/** Starts the rehearsal target under its supervisor and journals what happens to it. */
export async function startSandboxRun(options: SandboxRunOptions): Promise<SandboxRun> {
  const { journal } = options;
  await assertPortFree(options.servicePort, 'the sandbox service');
  const binary = options.useRedis ? findExecutable('redis-server') : null;
  const redis = binary ? { binary, port: await freeLoopbackPort() } : undefined;
  const standInReason = redis
    ? null
    : options.useRedis
      ? 'redis-server is not installed'
      : 'redis-server was turned off for this sandbox';
  const supervisor = new ServiceSupervisor({
    entry: options.entry,
    port: options.servicePort,
    restartDelayMs: options.restartDelayMs,
    redis,
    onEvent: journalServiceEvents(options, redis?.port ?? null, standInReason),
  });
  const servicePort = await supervisor.start();
  const load = new SandboxLoad(
    journal,
    `http://127.0.0.1:${servicePort}`,
    options.onLoadProgress ?? (() => {}),
    options.onLoadEnded ?? (() => {}),
  );
  let prometheus: { managed: ManagedPrometheus | null; problem: string | null };
  try {
    prometheus = await startPrometheus(options, servicePort);
    if (options.load) await load.start(options.load.profile, options.load.name, options.actor);
  } catch (error) {
    await supervisor.stop();
    throw error;
  }
  const prometheusUrl = prometheus.managed?.url ?? null;
  writeSandboxState(
    {
      pid: process.pid,
      owner: options.owner,
      servicePort,
      redisPort: redis?.port ?? null,
      prometheusUrl,
      journal: journal.path,
      startedAt: Date.now(),
    },
    options.statePath,
  );
  return {
    servicePort,
    redisPort: redis?.port ?? null,
    standInReason,
    prometheusUrl,
    prometheusProblem: prometheus.problem,
    load,
    stop: async (actor = options.actor) => {
      await load.stop();
      await prometheus.managed?.stop();
      await supervisor.stop();
      removeSandboxState(options.statePath);
      await journal.write(
        appendToDay({ kind: 'sandbox.stopped', actor, subject: 'Sandbox stopped', payload: { servicePort } }),
      );
    },
  };
}

/** The supervisor's events as journal events: the first start is the starter's, the rest Warroom's. */
function journalServiceEvents(
  options: SandboxRunOptions,
  redisPort: number | null,
  standInReason: string | null,
) {
  let started = false;
  const record = (
    kind: 'sandbox.started' | 'service.down' | 'service.up',
    actor: string,
    subject: string,
    payload: object,
  ) =>
    options.journal
      .write(appendToDay({ kind, actor, subject, payload: { ...payload } }))
      .catch((error: unknown) =>
        console.error(`warroom sandbox: could not journal ${kind}: ${String(error)}`),
      );
  return (event: SupervisorEvent) => {
    options.onServiceEvent?.(event);
    if (event.type === 'started' && !started) {
      started = true;
      const dependency = redisPort
        ? `redis-server on port ${redisPort}`
        : `a built-in stand-in (${standInReason})`;
      void record(
        'sandbox.started',
        options.actor,
        `Sandbox service on port ${event.port}, dependency: ${dependency}`,
        { servicePort: event.port, redisPort },
      );
    } else if (event.type === 'started') {
      void record('service.up', SYSTEM_ACTOR, `Sandbox service back up on port ${event.port}`, {
        pid: event.pid,
      });
    } else if (event.type === 'crashed') {
      void record(
        'service.down',
        SYSTEM_ACTOR,
        `Sandbox service exited (${event.signal ?? `code ${event.exitCode}`}); restart in ${event.restartInMs / 1000} s`,
        { exitCode: event.exitCode, signal: event.signal, restartInMs: event.restartInMs },
      );
    }
  };
}

/** The managed Prometheus, when asked for; a missing binary is a problem to show, not a failure. */
async function startPrometheus(
  options: SandboxRunOptions,
  servicePort: number,
): Promise<{ managed: ManagedPrometheus | null; problem: string | null }> {
  if (!options.prometheus) return { managed: null, problem: null };
  try {
    const managed = await startManagedPrometheus({
      port: options.prometheus.port,
      rehearsalFactor: options.prometheus.rehearsalFactor,
      targets: [
        { job: 'sandbox', address: `127.0.0.1:${servicePort}` },
        ...(options.prometheus.alsoScrape ?? []),
      ],
    });
    return { managed, problem: null };
  } catch (error) {
    if (!(error instanceof PrometheusNotInstalledError)) throw error;
    options.warn?.(`${error.message} The sandbox runs without it.`);
    return { managed: null, problem: error.message };
  }
}
