import { type ChildProcess, spawn } from 'node:child_process';
import { setTimeout as delay } from 'node:timers/promises';
import { redisAnswers } from './redisPing';
import type { DependencyStatus, ServiceDependency } from './serviceDependency';

/** How often the service asks its Redis whether it is up; requests read the last answer. */
const REDIS_CHECK_INTERVAL_MS = 500;

/** A PING slower than this counts as down: a cache that slow is no cache. */
const REDIS_PING_TIMEOUT_MS = 300;

/** redis-server starts in milliseconds; past this it failed (port taken, bad binary). */
const REDIS_START_TIMEOUT_MS = 5_000;

/**
 * The sandbox's own redis-server, a child of the service process: no persistence, loopback
 * only. A drill stops and starts it; the service notices within REDIS_CHECK_INTERVAL_MS.
 */
export class RedisDependency implements ServiceDependency {
  readonly name = 'redis';
  readonly kind = 'redis';
  private process: ChildProcess | null = null;
  private status: DependencyStatus = 'DOWN';
  private readonly poll: NodeJS.Timeout;

  constructor(
    private readonly binary: string,
    readonly port: number,
  ) {
    this.poll = setInterval(() => void this.refresh(), REDIS_CHECK_INTERVAL_MS);
    this.poll.unref();
  }

  check(): Promise<DependencyStatus> {
    return Promise.resolve(this.status);
  }

  async setUp(up: boolean): Promise<void> {
    if (up) await this.start();
    else this.stopNow();
    await this.refresh();
  }

  async start(): Promise<void> {
    if (this.process) return;
    this.process = spawn(
      this.binary,
      [
        '--port',
        String(this.port),
        '--bind',
        '127.0.0.1',
        '--save',
        '',
        '--appendonly',
        'no',
        '--daemonize',
        'no',
      ],
      { stdio: 'ignore' },
    );
    this.process.once('exit', () => {
      this.process = null;
    });
    const deadline = Date.now() + REDIS_START_TIMEOUT_MS;
    while (!(await redisAnswers(this.port, REDIS_PING_TIMEOUT_MS))) {
      if (Date.now() > deadline) throw new Error(`redis-server did not answer on port ${this.port}`);
      await delay(50);
    }
    this.status = 'UP';
  }

  /** Synchronous, so that it also runs from the process's 'exit' handler. */
  stopNow(): void {
    this.process?.kill('SIGKILL');
    this.process = null;
    this.status = 'DOWN';
  }

  dispose(): void {
    clearInterval(this.poll);
    this.stopNow();
  }

  private async refresh(): Promise<void> {
    this.status = (await redisAnswers(this.port, REDIS_PING_TIMEOUT_MS)) ? 'UP' : 'DOWN';
  }
}
