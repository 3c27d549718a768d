import type { Journal } from '../../journal/journal';
import { SYSTEM_ACTOR } from '../../journal/journalConstants';
import { appendToDay } from '../../journal/journalWrites';
import { type LoadProgress, type LoadRun, type LoadSummary, startLoad } from '../load/loadGenerator';
import type { LoadProfile } from '../load/loadProfile';
import { type ManagedPrometheus, startManagedPrometheus } from '../prometheus/managedPrometheus';
import { PrometheusNotInstalledError } from '../prometheus/prometheusErrors';
import { findExecutable } from '../supervisor/findExecutable';
import { freeLoopbackPort } from '../supervisor/freePort';
import { type ServiceEntry, ServiceSupervisor, type SupervisorEvent } from '../supervisor/serviceSupervisor';
import { assertPortFree } from './portCheck';
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
  /** A managed Prometheus scraping the service, or null for none. */
  prometheus: { port: number; rehearsalFactor: number } | null;
  /** Load to drive at the service from the start, or null. */
  load: LoadProfile | null;
  onLoadProgress?: (progress: LoadProgress) => void;
  /** Said when something optional cannot run (Prometheus not installed), and the rest goes on. */
  warn?: (message: string) => void;
  statePath?: string;
}

export interface SandboxRun {
  servicePort: number;
  /** null when the built-in stand-in plays the dependency. */
  redisPort: number | null;
  /** null when none was asked for or the binary is missing. */
  prometheusUrl: string | null;
  /** Settles when the load's profile has run its course (null without load). */
  loadDone: Promise<LoadSummary> | null;
  stop(): Promise<void>;
}

/** Starts the rehearsal target under its supervisor and journals what happens to it. */
export async function startSandboxRun(options: SandboxRunOptions): Promise<SandboxRun> {
  const { journal } = options;
  await assertPortFree(options.servicePort, 'the sandbox service');
  const binary = options.useRedis ? findExecutable('redis-server') : null;
  const redis = binary ? { binary, port: await freeLoopbackPort() } : undefined;
  let started = false;
  const record = (
    kind: 'sandbox.started' | 'service.down' | 'service.up',
    actor: string,
    subject: string,
    payload: object,
  ) =>
    journal
      .write(appendToDay({ kind, actor, subject, payload: { ...payload } }))
      .catch((error: unknown) =>
        console.error(`warroom sandbox: could not journal ${kind}: ${String(error)}`),
      );
  const onEvent = (event: SupervisorEvent) => {
    if (event.type === 'started' && !started) {
      started = true;
      const dependency = redis
        ? `redis-server on port ${redis.port}`
        : 'a built-in stand-in (redis-server is not installed)';
      void record(
        'sandbox.started',
        options.actor,
        `Sandbox service on port ${event.port}, dependency: ${dependency}`,
        {
          servicePort: event.port,
          redisPort: redis?.port ?? null,
        },
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
        {
          exitCode: event.exitCode,
          signal: event.signal,
          restartInMs: event.restartInMs,
        },
      );
    }
  };
  const supervisor = new ServiceSupervisor({
    entry: options.entry,
    port: options.servicePort,
    restartDelayMs: options.restartDelayMs,
    redis,
    onEvent,
  });
  const servicePort = await supervisor.start();
  const extras = await startExtras(options, servicePort).catch(async (error: unknown) => {
    await supervisor.stop();
    throw error;
  });
  const prometheusUrl = extras.prometheus?.url ?? null;
  writeSandboxState(
    {
      pid: process.pid,
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
    prometheusUrl,
    loadDone: extras.load?.done ?? null,
    stop: async () => {
      await extras.load?.stop();
      await extras.prometheus?.stop();
      await supervisor.stop();
      removeSandboxState(options.statePath);
      await journal.write(
        appendToDay({
          kind: 'sandbox.stopped',
          actor: options.actor,
          subject: 'Sandbox stopped',
          payload: { servicePort },
        }),
      );
    },
  };
}

/** Prometheus and load, each optional; a missing prometheus binary is a warning, not a failure. */
async function startExtras(
  options: SandboxRunOptions,
  servicePort: number,
): Promise<{ prometheus: ManagedPrometheus | null; load: LoadRun | null }> {
  let prometheus: ManagedPrometheus | null = null;
  if (options.prometheus) {
    try {
      prometheus = await startManagedPrometheus({
        port: options.prometheus.port,
        rehearsalFactor: options.prometheus.rehearsalFactor,
        targets: [{ job: 'sandbox', address: `127.0.0.1:${servicePort}` }],
      });
    } catch (error) {
      if (!(error instanceof PrometheusNotInstalledError)) throw error;
      options.warn?.(`${error.message} The sandbox runs without it.`);
    }
  }
  try {
    const load = options.load
      ? await startLoad({
          target: `http://127.0.0.1:${servicePort}`,
          profile: options.load,
          onProgress: options.onLoadProgress,
        })
      : null;
    return { prometheus, load };
  } catch (error) {
    await prometheus?.stop();
    throw error;
  }
}
