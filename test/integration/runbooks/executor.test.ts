import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { freeLoopbackPort } from '../../../electron/host/sandbox/supervisor/freePort';
import { type ProbedServer, startProbedServer } from './probeServers';
import { markdown, type RunHarness, startRun, testEnvironment } from './runHarness';

const UP = { status: 200, body: '{"status":"UP"}', headers: { 'content-type': 'application/json' } };
const DOWN = { status: 503, body: '{"status":"DOWN"}', headers: { 'content-type': 'application/json' } };

/** Alive and not a zombie: a killed orphan waits for PID 1 to reap it, which may take a while. */
function isRunning(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

function drill(...body: string[]): string {
  return markdown('---', 'title: Test drill', 'kind: drill', '---', '', ...body);
}

function fence(language: string, attributes: object | null, ...lines: string[]): string {
  return [`\`\`\`${language}${attributes ? ` ${JSON.stringify(attributes)}` : ''}`, ...lines, '```', ''].join(
    '\n',
  );
}

describe('the runbook executor, with real ptys and a real HTTP server', () => {
  let harness: RunHarness | undefined;
  let server: ProbedServer | undefined;
  afterEach(async () => {
    await harness?.dispose();
    await server?.close();
    harness = undefined;
    server = undefined;
  });

  it('runs commands in their own ptys, passes a probe met before its deadline, and journals it all', async () => {
    server = await startProbedServer(DOWN);
    const url = server.url;
    harness = startRun(
      drill(
        fence('sh', { name: 'hello' }, 'echo "hello from $WARROOM_ENVIRONMENT"'),
        fence(
          'probe',
          null,
          'name: health-up',
          'type: http',
          `url: ${url}/health`,
          'json: { path: $.status, equals: UP }',
          'within: 5s',
          'interval: 200ms',
        ),
      ),
    );
    const running = await harness.until((state) => state.steps[1]?.status === 'running');
    const turnedUpAt = Date.now();
    if (server) server.answer = UP;
    const state = await harness.run.finished;
    const passedAfter = (state.steps[1]?.finishedAt ?? 0) - turnedUpAt;
    console.log(`probe passed ${passedAfter} ms after the server turned UP (interval 200 ms)`);
    expect(running.steps[0]).toMatchObject({ status: 'passed', exitCode: 0 });
    expect(state.status).toBe('passed');
    expect(passedAfter).toBeLessThan(200 + 300);
    const terminalId = state.steps[0]?.terminalId as string;
    expect(harness.terminals.list().map((terminal) => terminal.id)).toContain(terminalId);
    expect(state.steps[0]?.outputTail).toBe('hello from test');
    const kinds = harness.journal.journal
      .timeline(harness.journal.journal.currentDayId() as number, {}, 0, 100)
      .events.map((event) => event.kind);
    expect(kinds).toEqual(
      expect.arrayContaining([
        'runbook.started',
        'command.started',
        'command.finished',
        'probe.result',
        'runbook.step',
        'runbook.finished',
      ]),
    );
  });

  it('fails a probe at its deadline, not before, and says which probe missed it', async () => {
    server = await startProbedServer(DOWN);
    harness = startRun(
      drill(
        fence(
          'probe',
          null,
          'name: health-up',
          'type: http',
          `url: ${server.url}/health`,
          'within: 1500ms',
          'interval: 200ms',
        ),
      ),
    );
    const state = await harness.run.finished;
    const step = state.steps[0];
    const took = (step?.finishedAt ?? 0) - (step?.startedAt ?? 0);
    console.log(`probe with a 1500 ms deadline failed after ${took} ms`);
    expect(state.status).toBe('failed');
    expect(took).toBeGreaterThanOrEqual(1500);
    expect(took).toBeLessThan(1500 + 500);
    expect(state.reason).toMatch(/^probe health-up missed its 1500ms deadline: status 503, expected 200/);
  });

  it('kills a step and every process it started when its timeout passes', async () => {
    harness = startRun(
      drill(
        fence(
          'sh',
          { name: 'hangs', timeout: '1s' },
          'sleep 300 & echo $! > children',
          '( trap "" HUP; sleep 300 ) & echo $! >> children',
          'wait',
        ),
      ),
    );
    const state = await harness.run.finished;
    const step = state.steps[0];
    const children = readFileSync(join(harness.dir, 'children'), 'utf8').trim().split('\n').map(Number);
    console.log(`timed-out step ended after ${(step?.finishedAt ?? 0) - (step?.startedAt ?? 0)} ms`);
    expect(step).toMatchObject({ status: 'timed-out', message: 'killed after its 1s timeout' });
    expect(state.reason).toBe('step hangs timed-out: killed after its 1s timeout');
    expect(children).toHaveLength(2);
    // The one that ignores the hang-up is killed outright after the escalation delay.
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    for (const pid of children) expect(isRunning(pid)).toBe(false);
  });

  it('runs the rollback of each step that ran when the drill fails, and not the steps after the failure', async () => {
    harness = startRun(
      drill(
        fence('sh', { name: 'inject', rollback: 'restore' }, 'echo injected > state'),
        fence('sh', { name: 'breaks' }, 'echo "cannot go on" >&2; exit 3'),
        fence('sh', { name: 'after' }, 'touch after-ran'),
        fence('sh', { name: 'restore', excludeFromRunAll: 'true' }, 'echo restored > state'),
      ),
    );
    const state = await harness.run.finished;
    expect(state.status).toBe('failed');
    expect(state.reason).toBe('step breaks failed: exit code 3');
    expect(state.steps.map((step) => [step.stepId, step.status])).toEqual([
      ['inject', 'passed'],
      ['breaks', 'failed'],
      ['after', 'skipped'],
      ['restore', 'skipped'],
    ]);
    expect(state.rollbacks).toMatchObject([{ stepId: 'restore', status: 'passed' }]);
    expect(readFileSync(join(harness.dir, 'state'), 'utf8')).toBe('restored\n');
    expect(existsSync(join(harness.dir, 'after-ran'))).toBe(false);
  });

  it('fails the drill the moment a continuous probe breaks, stopping the step that runs', async () => {
    server = await startProbedServer(UP);
    harness = startRun(
      drill(
        fence(
          'probe',
          null,
          'name: stays-up',
          'type: http',
          `url: ${server.url}/health`,
          'mode: continuous',
          'interval: 200ms',
        ),
        fence('sh', { name: 'load' }, 'sleep 30'),
      ),
    );
    await harness.until(
      (state) => state.steps[1]?.status === 'running' && /status 200/.test(state.steps[0]?.message ?? ''),
    );
    const brokeAt = Date.now();
    server.answer = DOWN;
    const state = await harness.run.finished;
    console.log(
      `drill failed ${(state.finishedAt ?? 0) - brokeAt} ms after the service went down (interval 200 ms)`,
    );
    expect(state.status).toBe('failed');
    expect(state.reason).toMatch(/^probe stays-up broke at .*status 503, expected 200/);
    expect(state.steps.map((step) => step.status)).toEqual(['failed', 'stopped']);
    expect((state.finishedAt ?? 0) - brokeAt).toBeLessThan(3_000);
  });

  it('asks before a dangerous command, showing it resolved with the secret masked and the context', async () => {
    const environment = testEnvironment({
      variables: { KUBE_CONTEXT: 'staging-eu', NAMESPACE: 'shop' },
      secrets: ['REDIS_PASSWORD'],
    });
    harness = startRun(
      drill(
        fence(
          'sh',
          { name: 'flush' },
          'echo "redis-cli --context $KUBE_CONTEXT -n $NAMESPACE -a $REDIS_PASSWORD FLUSHALL"',
        ),
      ),
      { environment, values: { REDIS_PASSWORD: 's3cret-Pa55' }, denyList: ['FLUSHALL'] },
    );
    const waiting = await harness.until((state) => state.confirmation !== null);
    expect(waiting.confirmation).toEqual({
      stepId: 'flush',
      command: 'echo "redis-cli --context staging-eu -n shop -a [secret REDIS_PASSWORD] FLUSHALL"',
      environment: 'test',
      context: { KUBE_CONTEXT: 'staging-eu', NAMESPACE: 'shop' },
      reasons: ['matches the deny-list entry "FLUSHALL"'],
    });
    expect(waiting.steps[0]?.status).toBe('waiting');
    harness.run.confirm('flush', true, 'bo');
    const state = await harness.run.finished;
    expect(state.status).toBe('passed');
    expect(state.steps[0]?.outputTail).toBe(
      'redis-cli --context staging-eu -n shop -a [secret REDIS_PASSWORD] FLUSHALL',
    );
  });

  it('stops the run at a dangerous command that is not approved', async () => {
    harness = startRun(drill(fence('sh', { name: 'wipe', confirm: 'true' }, 'touch wiped')), {
      denyList: [],
    });
    await harness.until((state) => state.confirmation !== null);
    harness.run.confirm('wipe', false, 'bo');
    const state = await harness.run.finished;
    expect(state).toMatchObject({ status: 'stopped', reason: 'wipe was not confirmed by bo' });
    expect(existsSync(join(harness.dir, 'wiped'))).toBe(false);
  });

  it("gives a named step's output to the steps after it", async () => {
    harness = startRun(
      drill(
        fence('sh', { name: 'pod-name' }, "printf 'api-7d9f\\n'; echo 'a warning' >&2"),
        fence('sh', { name: 'use-it' }, 'echo "deleting [$POD_NAME]"'),
      ),
    );
    const state = await harness.run.finished;
    expect(state.status).toBe('passed');
    expect(state.steps[1]?.outputTail).toBe('deleting [api-7d9f]');
  });

  it('waits on a failed checklist step for a person: retry runs it again, skip goes on', async () => {
    harness = startRun(
      markdown(
        '---',
        'title: Checklist',
        'kind: checklist',
        '---',
        fence('sh', { name: 'needs-file' }, 'test -f ready'),
        fence('sh', { name: 'flaky' }, 'exit 1'),
        fence('sh', { name: 'last' }, 'echo done'),
      ),
      { pauseOnFailure: true },
    );
    const paused = await harness.until((state) => state.status === 'paused');
    expect(paused.reason).toBe('needs-file failed: retry it, skip it or stop the run');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(harness.dir, 'ready'), '');
    harness.run.control('retry', 'ana');
    await harness.until((state) => state.status === 'paused' && state.currentStepId === 'flaky');
    harness.run.control('skip', 'ana');
    const state = await harness.run.finished;
    expect(state.steps.map((step) => [step.stepId, step.status, step.attempts])).toEqual([
      ['needs-file', 'passed', 2],
      ['flaky', 'skipped', 1],
      ['last', 'passed', 1],
    ]);
    expect(state.status).toBe('passed');
  });

  it('waits at a manual check until it is ticked', async () => {
    harness = startRun(
      markdown(
        '---',
        'title: Checks',
        'kind: checklist',
        '---',
        '- [ ] Backups verified',
        '- [ ] On-call told',
      ),
      {
        ticked: ['step-2'],
      },
    );
    const waiting = await harness.until((state) => state.steps[0]?.status === 'waiting');
    expect(waiting.steps[0]?.message).toBe('waiting for a person to tick it');
    harness.run.checkTicked('step-1');
    const state = await harness.run.finished;
    expect(state.steps.map((step) => step.status)).toEqual(['passed', 'passed']);
  });

  it('passes hostile values to a command step as one literal argument each, never as code', async () => {
    const hostile = [
      '; touch pwned',
      '$(touch pwned)',
      '`touch pwned`',
      'it\'s "quoted" \\ $HOME',
      'two\nlines && touch pwned',
      '*',
    ];
    for (const value of hostile) {
      harness = startRun(
        drill(
          fence('sh', { name: 'bare' }, "printf '%s\\0' $VALUE > bare.out"),
          fence('sh', { name: 'quoted' }, 'printf \'%s\\0\' "[$VALUE]" > quoted.out'),
        ),
        { environment: testEnvironment({ variables: { VALUE: value } }) },
      );
      const state = await harness.run.finished;
      expect(state.status).toBe('passed');
      expect(readFileSync(join(harness.dir, 'bare.out'), 'utf8')).toBe(`${value}\0`);
      expect(readFileSync(join(harness.dir, 'quoted.out'), 'utf8')).toBe(`[${value}]\0`);
      expect(existsSync(join(harness.dir, 'pwned'))).toBe(false);
      await harness.dispose();
      harness = undefined;
    }
  });

  it('starts a background step, waits on its readiness probe, and ends it with the run', async () => {
    const port = await freeLoopbackPort();
    const serverScript = `require('node:http').createServer((q, r) => r.end('{"status":"UP"}')).listen(${port}, '127.0.0.1')`;
    harness = startRun(
      drill(
        fence(
          'sh',
          { name: 'server', background: 'true' },
          `sleep 0.5; exec node -e "${serverScript.replaceAll('"', '\\"')}"`,
        ),
        fence(
          'probe',
          null,
          'name: server-ready',
          'type: http',
          `url: http://127.0.0.1:${port}/`,
          'within: 10s',
          'interval: 100ms',
        ),
        fence('sh', { name: 'uses-it' }, `curl -s http://127.0.0.1:${port}/`),
      ),
    );
    const state = await harness.run.finished;
    expect(state.status).toBe('passed');
    expect(state.steps.map((step) => step.status)).toEqual(['passed', 'passed', 'passed']);
    expect(state.steps[2]?.outputTail).toBe('{"status":"UP"}');
    await expect
      .poll(
        () =>
          fetch(`http://127.0.0.1:${port}/`).then(
            () => 'up',
            () => 'gone',
          ),
        { timeout: 5_000 },
      )
      .toBe('gone');
    expect(harness.states.at(-1)?.steps[0]).toMatchObject({
      status: 'passed',
      message: 'ended with the run',
    });
  });

  it('records a failure marked continueOnError and goes on, then fails the run at the end', async () => {
    harness = startRun(
      drill(
        fence('sh', { name: 'optional', continueOnError: 'true' }, 'exit 2'),
        fence('sh', { name: 'next' }, 'touch next-ran'),
      ),
    );
    const state = await harness.run.finished;
    expect(state.steps.map((step) => step.status)).toEqual(['failed', 'passed']);
    expect(state).toMatchObject({
      status: 'failed',
      reason: 'a step failed and the run went on (continueOnError)',
    });
    expect(existsSync(join(harness.dir, 'next-ran'))).toBe(true);
  });

  it('pauses after the step under way and goes on when resumed', async () => {
    harness = startRun(
      drill(fence('sh', { name: 'first' }, 'sleep 0.5'), fence('sh', { name: 'second' }, 'touch second-ran')),
    );
    await harness.until((state) => state.steps[0]?.status === 'running');
    harness.run.control('pause', 'ana');
    const paused = await harness.until((state) => state.status === 'paused');
    expect(paused.steps.map((step) => step.status)).toEqual(['passed', 'pending']);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(existsSync(join(harness.dir, 'second-ran'))).toBe(false);
    harness.run.control('resume', 'ana');
    const state = await harness.run.finished;
    expect(state.status).toBe('passed');
    expect(existsSync(join(harness.dir, 'second-ran'))).toBe(true);
  });

  it('runs a step in the folder its cwd names, with the env its attribute gives', async () => {
    harness = startRun(
      drill(
        fence(
          'sh',
          { name: 'where', cwd: 'ops', env: { LEVEL: 'debug in $WARROOM_ENVIRONMENT' } },
          'echo "$(basename "$PWD") $LEVEL"',
        ),
      ),
      { prepare: (dir) => mkdirSync(join(dir, 'ops')) },
    );
    const state = await harness.run.finished;
    expect(state.steps[0]?.outputTail).toBe('ops debug in test');
  });

  it('fails a step whose cwd does not exist, saying so, and the run with it', async () => {
    harness = startRun(drill(fence('sh', { name: 'nowhere', cwd: 'missing' }, 'true')));
    const state = await harness.run.finished;
    expect(state.steps[0]).toMatchObject({
      status: 'failed',
      message: expect.stringMatching(/^cannot start in .*missing/),
    });
    expect(state.status).toBe('failed');
  });
});
