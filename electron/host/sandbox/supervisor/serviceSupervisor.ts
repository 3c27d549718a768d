import { type ChildProcess, fork } from 'node:child_process';
import {
  DEFAULT_RESTART_DELAY_MS,
  SERVICE_START_TIMEOUT_MS,
  SERVICE_STOP_TIMEOUT_MS,
} from './supervisorConstants';

/** How to start the service process: the built entry, or the source one under a loader in tests. */
export interface ServiceEntry {
  script: string;
  execArgv?: string[];
}

/** What happened to the service, for the journal and the UI. */
export type SupervisorEvent =
  | { type: 'started'; pid: number; port: number }
  | { type: 'crashed'; exitCode: number | null; signal: string | null; restartInMs: number }
  | { type: 'stopped' };

export interface ServiceSupervisorOptions {
  entry: ServiceEntry;
  /** 0 picks a free port the first time; restarts reuse the port it got. */
  port: number;
  restartDelayMs?: number;
  /** The service's own redis-server: the binary and a free loopback port; without it, a built-in stand-in. */
  redis?: { binary: string; port: number };
  onEvent?: (event: SupervisorEvent) => void;
}

/**
 * Keeps the sandbox service running as an orchestrator would: started as a child process,
 * restarted a set delay after it exits on its own (the crash fault), stopped on request.
 */
export class ServiceSupervisor {
  private child: ChildProcess | null = null;
  private restartTimer: NodeJS.Timeout | undefined;
  private stopping = false;
  private port: number;

  constructor(private readonly options: ServiceSupervisorOptions) {
    this.port = options.port;
  }

  /** Starts the service and resolves with its port once it listens. */
  start(): Promise<number> {
    this.stopping = false;
    return this.spawn();
  }

  get pid(): number | null {
    return this.child?.pid ?? null;
  }

  async stop(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.restartTimer);
    const child = this.child;
    this.child = null;
    if (child && child.exitCode === null && child.signalCode === null) {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), SERVICE_STOP_TIMEOUT_MS);
      await exited;
      clearTimeout(timer);
    }
    this.options.onEvent?.({ type: 'stopped' });
  }

  private spawn(): Promise<number> {
    const { entry } = this.options;
    const redis = this.options.redis;
    const args = redis ? [String(this.port), redis.binary, String(redis.port)] : [String(this.port)];
    const child = fork(entry.script, args, {
      execArgv: entry.execArgv ?? [],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    this.child = child;
    return new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(new Error(`the sandbox service did not start within ${SERVICE_START_TIMEOUT_MS / 1000} s`));
      }, SERVICE_START_TIMEOUT_MS);
      child.once('message', (message: { listening?: number }) => {
        clearTimeout(timer);
        if (typeof message.listening !== 'number' || !child.pid) return;
        this.port = message.listening;
        this.options.onEvent?.({ type: 'started', pid: child.pid, port: message.listening });
        resolve(message.listening);
      });
      child.once('exit', (exitCode, signal) => {
        clearTimeout(timer);
        reject(
          new Error(
            `the sandbox service exited with ${signal ?? exitCode} before it listened on port ${this.port}`,
          ),
        );
        if (this.child === child) this.exited(exitCode, signal);
      });
    });
  }

  /** The service ended on its own: an orchestrator restarts it after a delay. */
  private exited(exitCode: number | null, signal: string | null): void {
    this.child = null;
    if (this.stopping) return;
    const restartInMs = this.options.restartDelayMs ?? DEFAULT_RESTART_DELAY_MS;
    this.options.onEvent?.({ type: 'crashed', exitCode, signal, restartInMs });
    this.restartTimer = setTimeout(() => {
      this.spawn().catch((error: unknown) => console.error(`warroom sandbox: ${String(error)}`));
    }, restartInMs);
  }
}
