import type { ProbeStep } from '../../../../shared/runbookTypes';
import { formatDuration } from '../../../../shared/workspace/durationSchema';
import { showElapsed } from './observationText';
import { checkProbe, type ProbePrometheus } from './probeCheck';
import { MIN_CHECK_TIMEOUT_MS } from './probeConstants';
import { checkTimeoutMs, pauseUntil } from './probeTiming';

/** What a probe needs from the run: a clock, the environment's Prometheus, and who to tell of each check. */
export interface ProbeDeps {
  /** Milliseconds since the epoch; every deadline and hold is measured with it. */
  now(): number;
  /** The environment's Prometheus, or null when it has none (a promql probe then fails at once). */
  prometheus: ProbePrometheus | null;
  /** Told what each check saw, for the run view's live status. */
  onCheck?(observation: string): void;
}

export interface ProbeOutcome {
  passed: boolean;
  /** The run was stopped while the probe waited: neither passed nor failed. */
  stopped: boolean;
  /** Why it ended, naming the probe: "probe health-up missed its 30s deadline: status 503, expected 200". */
  message: string;
  checks: number;
  elapsedMs: number;
  lastObservation: string;
}

/** The probe's name for messages: its `name`, else its step id. */
export function probeName(step: ProbeStep): string {
  return step.name ?? step.id;
}

/**
 * Checks a probe at once, then every `intervalMs`, until it is met (for a promql `for`, met on every
 * check for that long) or `withinMs` has gone by; withinMs 0 is a single check. It fails at the
 * deadline, never before: each check's time is capped by the time left, and the last one starts at
 * least MIN_CHECK_TIMEOUT_MS before it. An aborted `signal` ends it at once, as stopped.
 */
export async function runProbe(
  step: ProbeStep,
  deps: ProbeDeps,
  signal?: AbortSignal,
): Promise<ProbeOutcome> {
  const name = `probe ${probeName(step)}`;
  const started = deps.now();
  const deadline = started + step.withinMs;
  const lastStart = deadline - MIN_CHECK_TIMEOUT_MS;
  const forMs = step.probe.type === 'promql' ? step.probe.forMs : 0;
  let checks = 0;
  let lastObservation = '';
  let heldSince: number | null = null;
  const end = (how: 'passed' | 'failed' | 'stopped', message: string): ProbeOutcome => {
    const elapsedMs = deps.now() - started;
    return {
      passed: how === 'passed',
      stopped: how === 'stopped',
      message,
      checks,
      elapsedMs,
      lastObservation,
    };
  };
  const stopped = () => end('stopped', `${name} was stopped after ${checks} check${checks === 1 ? '' : 's'}`);
  const missed = () =>
    end('failed', `${name} missed its ${formatDuration(step.withinMs)} deadline: ${lastObservation}`);

  // Bounded by the deadline: every pass waits for the next check, or ends.
  for (;;) {
    if (signal?.aborted) return stopped();
    const checkStart = deps.now();
    const ownTimeout = checkTimeoutMs(step.intervalMs);
    const left = Math.ceil(deadline - checkStart);
    const cut = step.withinMs > 0 && left < ownTimeout;
    const timeoutMs = cut ? Math.max(1, left) : ownTimeout;
    const result = await checkProbe(step.probe, { prometheus: deps.prometheus, timeoutMs, signal });
    if (signal?.aborted) return stopped();
    checks++;
    heldSince = result.met ? (heldSince ?? checkStart) : null;
    const held = heldSince === null ? 0 : checkStart - heldSince;
    const holding = result.met && held < forMs;
    if (result.timedOut && cut) {
      // Cut short by the deadline, the check says little: keep what the one before it saw.
      lastObservation = `${lastObservation ? `${lastObservation}, then ` : ''}no answer before the deadline`;
    } else {
      lastObservation = holding
        ? `${result.observation} (held ${showElapsed(held)} of ${formatDuration(forMs)})`
        : result.observation;
    }
    deps.onCheck?.(lastObservation);
    if (result.met && !holding) {
      return end('passed', `${name} was met after ${showElapsed(deps.now() - started)}: ${lastObservation}`);
    }
    if (result.final) return end('failed', `${name} cannot pass: ${lastObservation}`);
    if (step.withinMs === 0) return end('failed', `${name} was not met: ${lastObservation}`);

    // Another check only if it can still be given its minimum time before the deadline.
    const another = checkStart < lastStart && deps.now() <= lastStart;
    const nextAt = another ? Math.min(checkStart + step.intervalMs, lastStart) : deadline;
    if (!(await pauseUntil(nextAt, () => deps.now(), signal))) return stopped();
    if (!another) return missed();
  }
}
