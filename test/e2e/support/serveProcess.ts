import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ServeProcess {
  child: ChildProcess;
  /** The scratch workspace folder the console serves. */
  workspace: string;
  operatorUrl: string;
  viewerUrl: string;
  origin: string;
  /** The journal file this console records to. */
  journalPath: string;
  output(): string;
  stop(): Promise<void>;
}

export interface ServeProcessOptions {
  /** Written as the scratch workspace's warroom.yaml. */
  warroomYaml?: string;
  /** Extra environment for the console, given the workspace folder (to keep state files in it). */
  env?: (workspace: string) => NodeJS.ProcessEnv;
}

/** Runs the built `warroom serve` as a user would, on a free loopback port, and reads its URLs. */
export async function startServeProcess(
  extraArgs: string[] = [],
  options: ServeProcessOptions = {},
): Promise<ServeProcess> {
  const workspace = mkdtempSync(join(tmpdir(), 'warroom-e2e-'));
  if (options.warroomYaml !== undefined) writeFileSync(join(workspace, 'warroom.yaml'), options.warroomYaml);
  const journalFlag = extraArgs.indexOf('--journal');
  const journalPath =
    journalFlag >= 0 ? String(extraArgs[journalFlag + 1]) : join(workspace, 'journal.sqlite');
  const journalArgs = journalFlag >= 0 ? [] : ['--journal', journalPath];
  const child = spawn(
    process.execPath,
    [
      'bin/warroom.js',
      'serve',
      '--port',
      '0',
      '--viewer',
      '--workspace',
      workspace,
      ...journalArgs,
      ...extraArgs,
    ],
    {
      env: { ...process.env, SHELL: '/bin/bash', ...options.env?.(workspace) },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const urls = await new Promise<{ operator: string; viewer: string }>((resolve, reject) => {
    const timer = setTimeout(() => {
      // A serve that never printed its URLs is not left running behind the failed test.
      child.kill('SIGKILL');
      reject(new Error(`serve did not start:\n${output}`));
    }, 15_000);
    const check = () => {
      const operator = /operator: (\S+)/.exec(output)?.[1];
      const viewer = /viewer: {3}(\S+)/.exec(output)?.[1];
      if (operator && viewer) {
        clearTimeout(timer);
        resolve({ operator, viewer });
      }
    };
    child.stdout?.on('data', check);
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}:\n${output}`)));
  });
  return {
    child,
    workspace,
    operatorUrl: urls.operator,
    viewerUrl: urls.viewer,
    origin: new URL(urls.operator).origin,
    journalPath,
    output: () => output,
    stop: () =>
      new Promise((resolve) => {
        // A console killed by a signal has no exit code, only its signal.
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/**
 * Runs the CLI to completion and returns its exit code and output. Unless the test names one,
 * the journal is a scratch file, never the user's own.
 */
export function runCli(
  args: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<{ code: number | null; output: string }> {
  const journal = join(mkdtempSync(join(tmpdir(), 'warroom-cli-')), 'journal.sqlite');
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['bin/warroom.js', ...args], {
      env: { ...process.env, WARROOM_JOURNAL: journal, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    child.once('exit', (code) => resolve({ code, output }));
  });
}
