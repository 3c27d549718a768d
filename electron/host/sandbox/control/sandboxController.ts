import type { FaultSpec, LoadPresetName, SandboxStatus } from '../../../../shared/sandboxTypes';
import type { SandboxConfig } from '../../../../shared/workspace/workspaceTypes';
import type { Journal } from '../../journal/journal';
import { isProcessAlive } from '../../terminals/sessionProcesses';
import { loadPreset, profileSeconds } from '../load/loadProfile';
import type { ScrapeTarget } from '../prometheus/prometheusConfig';
import type { ServiceEntry } from '../supervisor/serviceSupervisor';
import { applyFault } from './applyFault';
import { lookAtSandbox } from './sandboxProbe';
import { type SandboxRun, startSandboxRun } from './sandboxRun';
import { readSandboxState, type SandboxState } from './sandboxState';

/** How often the console looks at the sandbox's health and faults: as often as Prometheus scrapes it. */
export const SANDBOX_POLL_INTERVAL_MS = 1_000;

/** How long stopping a sandbox another process runs may take before the console says so. */
const EXTERNAL_STOP_WAIT_MS = 10_000;

/** What the status says of a sandbox that is not running. */
const NOTHING_RUNNING = {
  state: 'stopped',
  owner: null,
  startedBy: null,
  startedAt: null,
  serviceUrl: null,
  dependency: null,
  prometheusUrl: null,
  prometheusProblem: null,
  health: null,
  faults: null,
} as const satisfies Partial<SandboxStatus>;

/** The source label of the console's health polls in Warroom's own metrics. */
export const SANDBOX_POLL_SOURCE = 'sandbox-health';

/** What "Start rehearsal" starts: the service's process entry and a workspace environment's sandbox. */
export interface SandboxTarget {
  entry: ServiceEntry;
  environment: string;
  config: SandboxConfig;
}

export interface SandboxControllerOptions {
  journal: Journal;
  /** The service's process entry and the workspace environment's sandbox, or why there is none. */
  target: SandboxTarget | { unavailable: string };
  /** Told each poll's round trip, for Warroom's metrics. */
  timedPoll: (source: string, seconds: number, ok: boolean) => void;
  /** Told the whole status whenever something a user would see changes. */
  changed: (status: SandboxStatus) => void;
  /** Warroom's own /metrics, for the managed Prometheus to scrape as well, when it is served. */
  ownMetrics?: () => ScrapeTarget | null;
  statePath?: string;
}

/**
 * The console's hold on the rehearsal sandbox: starts and stops its own (service, Prometheus,
 * load), or finds one `warroom sandbox start` runs; sets faults; watches health once a second.
 */
export class SandboxController {
  private status: SandboxStatus;
  private run: SandboxRun | null = null;
  private external: SandboxState | null = null;
  private timer: NodeJS.Timeout | null = null;
  private lastSent = '';
  private disposed = false;

  constructor(private readonly options: SandboxControllerOptions) {
    const { target } = options;
    this.status = {
      unavailable: 'unavailable' in target ? target.unavailable : null,
      environment: 'unavailable' in target ? null : target.environment,
      defaultLoad: 'unavailable' in target ? null : target.config.load,
      ...NOTHING_RUNNING,
      load: { running: false, preset: null, progress: null, endedBy: null },
      problem: null,
    };
    this.schedulePoll(0);
  }

  current(): SandboxStatus {
    return this.status;
  }

  /** "Start rehearsal": the service, the managed Prometheus and (unless `load` is null) load. */
  async start(load: LoadPresetName | null | undefined, actor: string): Promise<SandboxStatus> {
    const { entry, config } = this.target();
    if (this.status.state !== 'stopped') throw new Error(`the sandbox is already ${this.status.state}`);
    this.findExternal();
    if (this.external)
      throw new Error(
        `a sandbox is already running on port ${this.external.servicePort} (pid ${this.external.pid}, started by warroom sandbox start)`,
      );
    const preset = load === undefined ? config.load : load;
    this.update({ state: 'starting', problem: null, owner: 'console', startedBy: actor });
    try {
      this.run = await startSandboxRun({
        journal: this.options.journal,
        actor,
        entry,
        servicePort: config.servicePort,
        restartDelayMs: config.restartDelayMs,
        useRedis: config.useRedis,
        prometheus: {
          port: config.prometheusPort,
          rehearsalFactor: config.rehearsalFactor,
          alsoScrape: this.ownMetricsTargets(),
        },
        load: preset === null ? null : { name: preset, profile: loadPreset(preset) },
        onLoadProgress: (progress, profile) =>
          this.update({
            load: {
              running: true,
              preset: this.run?.load.name ?? null,
              endedBy: null,
              progress: {
                elapsedSeconds: progress.elapsedSeconds,
                totalSeconds: profileSeconds(profile),
                phase: progress.phase,
                vus: progress.vus,
                requests: progress.requests,
                failed: progress.errors + progress.non2xx,
                requestsPerSecond: progress.requestsPerSecond,
                latencyP95Ms: progress.latencyP95Ms,
              },
            },
          }),
        onLoadEnded: (summary) =>
          this.update({ load: { ...this.status.load, running: false, endedBy: summary.endedBy } }),
        owner: 'console',
        statePath: this.options.statePath,
      });
    } catch (error) {
      this.update({ state: 'stopped', owner: null, startedBy: null, problem: messageOf(error) });
      throw error;
    }
    const run = this.run;
    this.update({
      state: 'running',
      startedAt: Date.now(),
      serviceUrl: `http://127.0.0.1:${run.servicePort}`,
      dependency: run.redisPort
        ? { kind: 'redis', port: run.redisPort, reason: null }
        : { kind: 'built-in', port: null, reason: run.standInReason },
      prometheusUrl: run.prometheusUrl,
      prometheusProblem: run.prometheusProblem,
      load: { ...this.status.load, running: run.load.running, preset: run.load.name },
    });
    return this.status;
  }

  async stop(actor: string): Promise<SandboxStatus> {
    if (this.run) {
      const run = this.run;
      this.update({ state: 'stopping' });
      try {
        await run.stop(actor);
      } finally {
        this.run = null;
        this.resetToStopped();
      }
    } else if (this.external) {
      await this.stopExternal(this.external);
    }
    return this.status;
  }

  async fault(fault: FaultSpec, actor: string): Promise<SandboxStatus> {
    const port = this.run?.servicePort ?? this.external?.servicePort;
    if (port === undefined) throw new Error('no sandbox is running: start the rehearsal first');
    await applyFault(this.options.journal, port, fault, actor);
    await this.poll();
    return this.status;
  }

  async startLoad(preset: LoadPresetName, actor: string): Promise<SandboxStatus> {
    const run = this.ownRun('start load');
    await run.load.start(loadPreset(preset), preset, actor);
    this.update({ load: { running: true, preset, progress: null, endedBy: null } });
    return this.status;
  }

  async stopLoad(): Promise<SandboxStatus> {
    await this.ownRun('stop load').load.stop();
    return this.status;
  }

  /** Stops the health polls; the console's own sandbox's processes end with the console. */
  stopWatching(): void {
    this.disposed = true;
    if (this.timer) clearTimeout(this.timer);
  }

  /** Stops watching and stops the console's own sandbox (not one the CLI runs). */
  async shutdown(actor: string): Promise<void> {
    this.stopWatching();
    if (this.run) await this.run.stop(actor);
    this.run = null;
  }

  private target(): SandboxTarget {
    const { target } = this.options;
    if ('unavailable' in target) throw new Error(target.unavailable);
    return target;
  }

  private ownRun(action: string): SandboxRun {
    if (this.run) return this.run;
    if (this.external)
      throw new Error(
        `the sandbox was started by warroom sandbox start (pid ${this.external.pid}): ${action} there (--load PROFILE)`,
      );
    throw new Error('no sandbox is running: start the rehearsal first');
  }

  private ownMetricsTargets(): ScrapeTarget[] {
    const target = this.options.ownMetrics?.();
    return target ? [target] : [];
  }

  /** A sandbox another process started, read from its state file (never the console's own). */
  private findExternal(): void {
    const state = readSandboxState(this.options.statePath);
    this.external = state && state.pid !== process.pid ? state : null;
  }

  private async stopExternal(state: SandboxState): Promise<void> {
    process.kill(state.pid, 'SIGTERM');
    const deadline = Date.now() + EXTERNAL_STOP_WAIT_MS;
    while (isProcessAlive(state.pid)) {
      if (Date.now() > deadline)
        throw new Error(
          `the sandbox (pid ${state.pid}) did not stop within ${EXTERNAL_STOP_WAIT_MS / 1000} s`,
        );
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    this.external = null;
    this.resetToStopped();
  }

  private schedulePoll(delayMs: number): void {
    if (this.disposed) return;
    this.timer = setTimeout(() => {
      void this.poll().finally(() => this.schedulePoll(SANDBOX_POLL_INTERVAL_MS));
    }, delayMs);
    // Watching the sandbox must not keep a finished process alive.
    this.timer.unref();
  }

  private async poll(): Promise<void> {
    if (!this.run) this.adoptExternal();
    const port = this.run?.servicePort ?? this.external?.servicePort;
    if (port === undefined || this.status.state === 'starting') return;
    const look = await lookAtSandbox(port, this.status.health?.lastUpAt ?? null, (seconds, ok) =>
      this.options.timedPoll(SANDBOX_POLL_SOURCE, seconds, ok),
    );
    if (this.status.state === 'stopped' && !this.external) return;
    this.update({ health: look.health, faults: look.faults ?? this.status.faults });
  }

  /** Shows a sandbox the CLI started (or its end) as it comes and goes. */
  private adoptExternal(): void {
    const before = this.external;
    this.findExternal();
    const now = this.external;
    if (now && now.pid !== before?.pid) {
      this.update({
        state: 'running',
        owner: 'cli',
        startedBy: null,
        startedAt: now.startedAt,
        serviceUrl: `http://127.0.0.1:${now.servicePort}`,
        dependency: now.redisPort
          ? { kind: 'redis', port: now.redisPort, reason: null }
          : { kind: 'built-in', port: null, reason: null },
        prometheusUrl: now.prometheusUrl,
        prometheusProblem: null,
        problem: null,
      });
    } else if (!now && before) {
      this.resetToStopped();
    }
  }

  private resetToStopped(): void {
    // The last load run's figures stay, so the view can say how it ended.
    this.update({ ...NOTHING_RUNNING, load: { ...this.status.load, running: false } });
  }

  private update(changes: Partial<SandboxStatus>): void {
    this.status = { ...this.status, ...changes };
    // The check time alone changes every second; it rides along with the next real change.
    const key = JSON.stringify({ ...this.status, health: { ...this.status.health, checkedAt: 0 } });
    if (key === this.lastSent) return;
    this.lastSent = key;
    this.options.changed(this.status);
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
