import { journalRunRecorder } from '../../electron/host/runbooks/execution/journalRunRecorder';
import { parseRunbook } from '../../electron/host/runbooks/parse/parseRunbook';
import type { RunState } from '../../shared/runbookRunTypes';
import type { CommandStep, ProbeStep, Runbook } from '../../shared/runbookTypes';
import { stepRun } from '../../test/support/recordedDay';
import type { DayShape } from './dayShape';
import type { PlanItem } from './planItem';

/** Drill runs over the day: one every half hour. */
export const DRILL_RUNS = 24;

/** Each run journals runbook.started, command.started/finished, two runbook.step, a probe.result and runbook.finished. */
const EVENTS_PER_RUN = 7;

/** One in this many drills misses its recovery deadline. */
const FAILING_EVERY = 6;

const DRILL_TEXT = `---
title: Checkout pod crash
kind: drill
---

# Checkout pod crash

## Crash

\`\`\`sh {"name":"crash-pod"}
kubectl delete pod -n checkout -l app=checkout --wait=false
\`\`\`

## Recovery

\`\`\`probe
name: checkout-up
type: http
url: http://127.0.0.1:8081/health
status: 200
within: 60s
interval: 1s
\`\`\`
`;

/** Drills run through the executor's real journal recorder, a command and a recovery probe each. */
export function runbookRunsPlan(shape: DayShape): PlanItem[] {
  const runbook = drill();
  const [crash, recovery] = runbook.steps as [CommandStep, ProbeStep];
  const spacing = (shape.end - shape.start) / DRILL_RUNS;
  return Array.from({ length: DRILL_RUNS }, (_, index): PlanItem => {
    const time = Math.round(shape.start + (index + 0.4) * spacing);
    return {
      time,
      events: EVENTS_PER_RUN,
      kind: 'run',
      run: async (journal, clock) => {
        const recorder = journalRunRecorder(journal);
        const recoveryMs = index % FAILING_EVERY === FAILING_EVERY - 1 ? null : 8_000 + index * 700;
        clock.now = time;
        const run: RunState = {
          runId: `drill-${index + 1}`,
          runbookId: runbook.id,
          title: runbook.title,
          kind: runbook.kind,
          environment: 'staging',
          startedBy: 'bob',
          startedAt: time,
          finishedAt: null,
          status: 'running',
          scope: 'all',
          steps: runbook.steps.map((step) => stepRun(step.id, 'pending', null, null)),
          rollbacks: [],
          currentStepId: null,
          confirmation: null,
          reason: null,
        };
        const titles = Object.fromEntries(runbook.steps.map((step) => [step.id, step.title]));
        await recorder.runStarted(run, {}, titles);
        await recorder.commandStarted(run, crash, crash.script.trim(), 'runbook-1');
        const finishedAt = time + 1_800;
        const output = `pod "checkout-7d9f8c6b5-${index}" deleted\r\n`;
        clock.now = finishedAt;
        const transcriptId = await recorder.commandFinished(run, crash, crash.script.trim(), {
          exitCode: 0,
          signal: null,
          timedOut: false,
          output,
          truncated: false,
          outputTail: output,
          stdout: output.trim(),
          startedAt: time,
          finishedAt,
        });
        const crashed = { ...stepRun(crash.id, 'passed', time, finishedAt, 0), transcriptId };
        await recorder.stepChanged(run, crash, crashed, false);
        const passed = recoveryMs !== null;
        const elapsedMs = recoveryMs ?? recovery.withinMs;
        clock.now = finishedAt + elapsedMs;
        await recorder.probeResult(run, recovery, 'GET http://127.0.0.1:8081/health', {
          passed,
          stopped: false,
          message: passed ? 'status 200, UP' : 'status 503, expected 200',
          checks: Math.ceil(elapsedMs / 1000),
          elapsedMs,
        });
        const recovered = stepRun(recovery.id, passed ? 'passed' : 'failed', finishedAt, clock.now);
        await recorder.stepChanged(run, recovery, recovered, false);
        await recorder.runFinished({
          ...run,
          steps: [crashed, recovered],
          finishedAt: clock.now,
          status: passed ? 'passed' : 'failed',
          reason: passed ? null : `probe ${recovery.id} missed its ${recovery.withinMs / 1000}s deadline`,
        });
      },
    };
  });
}

function drill(): Runbook {
  const parsed = parseRunbook({ file: 'drills/checkout-crash.md', id: 'checkout-crash', text: DRILL_TEXT });
  if (!parsed.runbook || parsed.problems.length > 0) {
    throw new Error(`the bench drill does not parse: ${JSON.stringify(parsed.problems)}`);
  }
  return parsed.runbook;
}
