import type { HttpProbe, ProbeStep, PromqlProbe } from '../../../shared/runbookTypes';

type StepTiming = Partial<Pick<ProbeStep, 'name' | 'mode' | 'withinMs' | 'intervalMs'>>;

/**
 * Wall-clock milliseconds to the microsecond: Date.now's whole milliseconds would make a deadline
 * measured with performance.now() look up to a millisecond early.
 */
export const preciseNow = (): number => performance.timeOrigin + performance.now();

/** A probe step as the parser would give it, variables already substituted. */
export function probeStep(probe: ProbeStep['probe'], timing: StepTiming = {}): ProbeStep {
  return {
    id: 'step-1',
    name: timing.name ?? 'health-up',
    line: 1,
    column: 1,
    section: [],
    title: 'probe',
    only: [],
    except: [],
    type: 'probe',
    probe,
    mode: timing.mode ?? 'once',
    withinMs: timing.withinMs ?? 1000,
    intervalMs: timing.intervalMs ?? 200,
    continueOnError: false,
  };
}

export function httpProbe(url: string, fields: Partial<Omit<HttpProbe, 'type' | 'url'>> = {}): HttpProbe {
  return { type: 'http', url, method: 'GET', status: 200, json: null, body: null, headers: {}, ...fields };
}

export function promqlProbe(
  query: string,
  comparator: PromqlProbe['comparator'],
  value: number,
  forMs = 0,
): PromqlProbe {
  return { type: 'promql', query, comparator, value, forMs };
}
