import type { ProbeStep } from '../../../../shared/runbookTypes';
import { checkProbe } from './probeCheck';
import { checkTimeoutMs, pauseUntil } from './probeTiming';
import { type ProbeDeps, probeName, runProbe } from './runProbe';

/**
 * starting: not yet met (it has `withinMs` to be); holding: met, and checked every interval;
 * broken: a check was not met, onBreak was told, and checking ended; stopped: stop() ended it.
 */
export type ContinuousProbeState = 'starting' | 'holding' | 'broken' | 'stopped';

/** What the run view shows of a continuous probe. */
export interface ContinuousProbeStatus {
  state: ContinuousProbeState;
  checks: number;
  lastObservation: string;
}

/**
 * A probe that watches for the rest of a run (`mode: continuous`): it must be met within `withinMs`
 * (0: at its first check), as runProbe judges it, then on every check. The first check that is not
 * met calls onBreak once, naming the probe, the time and what it saw, and checking ends. Checks never
 * overlap: a slow one delays the next.
 */
export class ContinuousProbe {
  private current: ContinuousProbeStatus = { state: 'starting', checks: 0, lastObservation: '' };
  private readonly stopping = new AbortController();
  private watching: Promise<void> | null = null;

  get status(): ContinuousProbeStatus {
    return { ...this.current };
  }

  /** Starts watching; a ContinuousProbe watches once. */
  start(step: ProbeStep, deps: ProbeDeps, onBreak: (message: string) => void): void {
    if (this.watching) throw new Error(`continuous probe ${probeName(step)} is already started`);
    const counted: ProbeDeps = {
      ...deps,
      onCheck: (observation) => {
        this.current = { ...this.current, checks: this.current.checks + 1, lastObservation: observation };
        deps.onCheck?.(observation);
      },
    };
    const breaks = (message: string) => {
      this.current = { ...this.current, state: 'broken' };
      onBreak(message);
    };
    this.watching = this.watch(step, counted, breaks).catch((error: unknown) => {
      // Only a throwing callback gets here (checks never throw): it ends the watch as a break.
      if (this.current.state === 'broken' || this.current.state === 'stopped') return;
      breaks(`probe ${probeName(step)} stopped watching: ${error instanceof Error ? error.message : error}`);
    });
  }

  /** Ends checking at once (a check under way is abandoned); resolves when nothing more will be sent. */
  async stop(): Promise<void> {
    if (this.current.state !== 'broken') this.current = { ...this.current, state: 'stopped' };
    this.stopping.abort();
    await this.watching;
  }

  private async watch(step: ProbeStep, deps: ProbeDeps, onBreak: (message: string) => void): Promise<void> {
    const signal = this.stopping.signal;
    const start = await runProbe({ ...step, mode: 'once' }, deps, signal);
    if (start.stopped || signal.aborted) return;
    if (!start.passed) return onBreak(start.message);
    this.current = { ...this.current, state: 'holding' };
    let nextAt = deps.now() + step.intervalMs;
    // Bounded by the run: it ends at the first miss, or when stop() aborts the signal.
    for (;;) {
      if (!(await pauseUntil(nextAt, () => deps.now(), signal))) return;
      const checkStart = deps.now();
      const timeoutMs = checkTimeoutMs(step.intervalMs);
      const result = await checkProbe(step.probe, { prometheus: deps.prometheus, timeoutMs, signal });
      if (signal.aborted) return;
      deps.onCheck?.(result.observation);
      if (!result.met) {
        return onBreak(`probe ${probeName(step)} broke at ${clockTime(checkStart)}: ${result.observation}`);
      }
      nextAt = checkStart + step.intervalMs;
    }
  }
}

/** 14:02:31, local time: what a person compares with the clock on the wall and the dashboards. */
function clockTime(ms: number): string {
  const at = new Date(ms);
  return [at.getHours(), at.getMinutes(), at.getSeconds()]
    .map((part) => String(part).padStart(2, '0'))
    .join(':');
}
