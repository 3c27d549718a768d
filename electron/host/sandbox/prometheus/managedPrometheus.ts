import { once } from 'node:events';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { freeLoopbackPort } from '../supervisor/freePort';
import { alertRules } from './alertRules';
import { spawnGuarded } from './orphanGuard';
import { findPrometheusBinary } from './prometheusBinary';
import { prometheusConfig, type ScrapeTarget } from './prometheusConfig';
import {
  EVALUATION_INTERVAL,
  READY_POLL_INTERVAL_MS,
  READY_TIMEOUT_MS,
  STDERR_TAIL_LINES,
  STOP_TIMEOUT_MS,
  TSDB_RETENTION,
} from './prometheusConstants';
import { PrometheusPortInUseError, PrometheusStartError } from './prometheusErrors';
import { StderrTail } from './stderrTail';

/** Times a free port picked for us may be taken by someone else before Prometheus binds it. */
const FREE_PORT_ATTEMPTS = 3;

export interface ManagedPrometheusOptions {
  /** 0 picks a free port. */
  port: number;
  targets: readonly ScrapeTarget[];
  /** Divides the alerts' `for` durations (1 = as on the dashboard, 60 = 5m becomes 5s). */
  rehearsalFactor: number;
  /** Name on PATH or a path; defaults to "prometheus". */
  binary?: string;
}

export interface ManagedPrometheus {
  url: string;
  port: number;
  pid: number;
  configPath: string;
  rulesPath: string;
  /** The private folder holding the config, rules and TSDB; removed by stop(). */
  dir: string;
  stop(): Promise<void>;
}

/**
 * Starts `prometheus` on loopback with a generated config, the default dashboard's alert rules and
 * a throwaway TSDB, and resolves once /-/ready answers. Throws PrometheusNotInstalledError when the
 * binary is missing and PrometheusPortInUseError when the port is taken.
 */
export async function startManagedPrometheus(options: ManagedPrometheusOptions): Promise<ManagedPrometheus> {
  const rules = alertRules(options.rehearsalFactor, EVALUATION_INTERVAL);
  const binary = await findPrometheusBinary(options.binary);
  for (let attempt = 1; ; attempt++) {
    const port = options.port || (await freeLoopbackPort());
    try {
      return await startOnce(binary, port, options.targets, rules);
    } catch (error) {
      const retry =
        !options.port && error instanceof PrometheusPortInUseError && attempt < FREE_PORT_ATTEMPTS;
      if (!retry) throw error;
    }
  }
}

async function startOnce(
  binary: string,
  port: number,
  targets: readonly ScrapeTarget[],
  rules: ReturnType<typeof alertRules>,
): Promise<ManagedPrometheus> {
  const dir = await mkdtemp(join(tmpdir(), 'warroom-prometheus-'));
  const configPath = join(dir, 'prometheus.yml');
  const rulesPath = join(dir, 'alert-rules.yml');
  const dataPath = join(dir, 'data');
  await mkdir(dataPath, { mode: 0o700 });
  // JSON is YAML: the rules need no YAML library either.
  await writeFile(rulesPath, `${JSON.stringify(rules, null, 2)}\n`, { mode: 0o600 });
  await writeFile(configPath, prometheusConfig(targets, rulesPath), { mode: 0o600 });

  const child = spawnGuarded(
    binary,
    [
      `--config.file=${configPath}`,
      `--storage.tsdb.path=${dataPath}`,
      `--storage.tsdb.retention.time=${TSDB_RETENTION}`,
      `--web.listen-address=127.0.0.1:${port}`,
      // So a local k6 can push its samples (k6 run -o experimental-prometheus-rw).
      '--web.enable-remote-write-receiver',
    ],
    dir,
  );
  const stderr = new StderrTail(child.process.stderr, STDERR_TAIL_LINES);
  const exited = once(child.process, 'exit').then(
    () => true,
    () => true,
  );
  let pid = 0;
  const signal = (name: NodeJS.Signals) => {
    try {
      if (pid) process.kill(pid, name);
    } catch {
      // Already gone.
    }
  };
  // A host that exits normally stops Prometheus at once; a killed one is covered by the wrapper.
  const onHostExit = () => signal('SIGTERM');
  process.once('exit', onHostExit);

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      process.removeListener('exit', onHostExit);
      if (child.process.exitCode === null && child.process.signalCode === null) {
        signal('SIGTERM');
        child.process.stdin?.end();
        const gone = await Promise.race([exited, delay(STOP_TIMEOUT_MS, false)]);
        if (!gone) {
          signal('SIGKILL');
          child.process.kill('SIGKILL');
          await exited;
        }
      }
      await rm(dir, { recursive: true, force: true });
    })();
    return stopping;
  };

  const url = `http://127.0.0.1:${port}`;
  try {
    pid = await Promise.race([child.pid, exited.then(() => 0)]);
    if (!pid) throw new Error('it exited at once');
    await waitUntilReady(url, configPath, exited);
  } catch (error) {
    await stop();
    const tail = stderr.text;
    if (/address already in use/i.test(tail)) throw new PrometheusPortInUseError(port, tail);
    const reason = error instanceof Error ? error.message : String(error);
    throw new PrometheusStartError(`Prometheus (${binary}) did not start on ${url}: ${reason}`, tail);
  }
  return { url, port, pid, configPath, rulesPath, dir, stop };
}

/**
 * Polls /-/ready until it answers 200, Prometheus exits, or READY_TIMEOUT_MS passes; then checks
 * that the Prometheus answering is ours (runs our config), not another one already on the port.
 */
async function waitUntilReady(url: string, configPath: string, exited: Promise<boolean>): Promise<void> {
  const exit = exited.then(() => {
    throw new Error('it exited before it was ready');
  });
  exit.catch(() => {});
  const deadline = performance.now() + READY_TIMEOUT_MS;
  while (performance.now() < deadline) {
    const response = await Promise.race([
      fetch(`${url}/-/ready`, { signal: AbortSignal.timeout(READY_POLL_INTERVAL_MS * 10) }).catch(() => null),
      exit,
    ]);
    if (response?.ok) {
      const flags = await Promise.race([fetch(`${url}/api/v1/status/flags`).then((r) => r.json()), exit]);
      const running = (flags as { data?: Record<string, string> }).data?.['config.file'];
      if (running === configPath) return;
      await Promise.race([delay(READY_POLL_INTERVAL_MS * 10), exit]);
      throw new Error(`another program answers on ${url}`);
    }
    await Promise.race([delay(READY_POLL_INTERVAL_MS), exit]);
  }
  throw new Error(`/-/ready did not answer within ${READY_TIMEOUT_MS / 1000} s`);
}
