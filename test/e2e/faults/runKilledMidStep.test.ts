import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import type { RunState } from '../../../shared/runbookRunTypes';
import { WsTestClient } from '../../support/wsTestClient';
import { runCli, type ServeProcess, startServeProcess } from '../support/serveProcess';

/** The drill's id: its path under the workspace, without `.md`. */
const DRILL_ID = 'drills/long-step';
/** Where the step's command writes its own pid, relative to the runbook's folder (its working directory). */
const PID_FILE = 'long-step.pid';
/** How long the step would run if nothing stopped it: far longer than the test. */
const STEP_SECONDS = 300;
/** How long the step's processes may outlive the host: the pty closing hangs them up at once. */
const GONE_WITHIN_MS = 5_000;
/** How long the restarted console may take to mark the old run interrupted. */
const MARKED_WITHIN_MS = 10_000;

const WORKSPACE_YAML = `environments:
  staging:
    variables: { NAMESPACE: shop-e2e }
`;

/** One step that writes the pid of the process it becomes, then sleeps. */
const DRILL = `---
title: Long step
kind: drill
---

# Long step

\`\`\`sh {"name":"hold"}
sh -c 'echo $$ > ${PID_FILE}; exec sleep ${STEP_SECONDS}'
\`\`\`
`;

/** True while the process runs; a zombie waiting for a reaper no longer does. */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
}

function socketUrl(serve: ServeProcess): string {
  const page = new URL(serve.operatorUrl);
  return `ws://${page.host}/api?token=${page.hash.replace('#token=', '')}`;
}

describe('the console killed with SIGKILL while a runbook step runs', () => {
  const workspace = mkdtempSync(join(tmpdir(), 'warroom-killed-'));
  const journalPath = join(workspace, 'journal.sqlite');
  const started: ServeProcess[] = [];
  afterAll(async () => {
    for (const serve of started) {
      await serve.stop();
      rmSync(serve.workspace, { recursive: true, force: true });
    }
    rmSync(workspace, { recursive: true, force: true });
  });

  const serve = async () => {
    const process = await startServeProcess(['--workspace', workspace, '--journal', journalPath]);
    started.push(process);
    return process;
  };

  it('leaves no step process behind, and the next console marks the run interrupted with the journal intact', async () => {
    writeFileSync(join(workspace, 'warroom.yaml'), WORKSPACE_YAML);
    mkdirSync(join(workspace, 'drills'));
    writeFileSync(join(workspace, 'drills', 'long-step.md'), DRILL);
    const pidFile = join(workspace, 'drills', PID_FILE);

    const first = await serve();
    const client = await WsTestClient.session(socketUrl(first));
    await client.call('journal.setOperator', { name: 'ana' });
    const run = await client.call('runs.start', { id: DRILL_ID, environment: 'staging', values: {} });
    let state: RunState | undefined;
    for (const begun = performance.now(); performance.now() - begun < 15_000; await delay(50)) {
      state = (await client.call('runs.list', {})).find((one) => one.runId === run.runId);
      if (state?.steps[0]?.status === 'running' && existsSync(pidFile) && readFileSync(pidFile, 'utf8'))
        break;
    }
    expect(state?.steps[0]?.status).toBe('running');
    const stepPid = Number(readFileSync(pidFile, 'utf8'));
    const terminal = (await client.call('terminals.list', {})).find(
      (one) => one.id === state?.steps[0]?.terminalId,
    );
    const shellPid = terminal?.pid ?? 0;
    expect(running(stepPid)).toBe(true);
    expect(running(shellPid)).toBe(true);

    const killedAt = performance.now();
    first.child.kill('SIGKILL');
    await expect
      .poll(() => running(stepPid) || running(shellPid), { timeout: GONE_WITHIN_MS, interval: 20 })
      .toBe(false);
    const goneAfter = performance.now() - killedAt;

    const second = await serve();
    const restartedAt = performance.now();
    const again = await WsTestClient.session(socketUrl(second));
    let history: Awaited<ReturnType<typeof again.call<'runbooks.get'>>>['history'] = [];
    for (const begun = performance.now(); performance.now() - begun < MARKED_WITHIN_MS; await delay(50)) {
      history = (await again.call('runbooks.get', { id: DRILL_ID })).history;
      if (history[0]?.status === 'interrupted') break;
    }
    const markedAfter = performance.now() - restartedAt;
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({
      runId: run.runId,
      status: 'interrupted',
      reason: 'Warroom stopped while this run was going on',
      startedBy: 'ana',
    });
    expect(await again.call('runs.list', {})).toEqual([]);
    await again.close();
    await second.stop();

    const verified = await runCli(['journal', 'verify', '--journal', journalPath]);
    expect(verified.output).toMatch(/events, hash chain intact/);
    expect(verified.code).toBe(0);
    console.info(
      `SIGKILL mid-step: the step's processes gone ${Math.round(goneAfter)} ms after; the run marked interrupted ${Math.round(markedAfter)} ms after the new console started`,
    );
  });
});
